// One job → the existing per-input path (each article its own transaction, deduplicated by content hash and
// canonical address), and what the job should be marked: done, or failed with the reasons.
import { type FileOutcome, ingestInputs } from "../pipeline/ingestInputs";
import type { LoadedModel } from "../pipeline/loadModel";
import { messageOf } from "../pipeline/readInput";
import { ingestJobSchema, jobInputName } from "./ingestJob";

/** What a worker stores as the job's output: the counts, each article's outcome, and the reasons for failures. */
export interface JobResult { added: number; unchanged: number; failed: number; articles: FileOutcome[]; error?: string }

export async function processIngestJob(data: unknown, model: LoadedModel, report: (o: FileOutcome) => void, onArticlesFound?: (input: string, count: number) => void): Promise<JobResult> {
  const job = ingestJobSchema.safeParse(data);
  if (!job.success) {
    const error = `not an ingest job (${job.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")})`;
    report({ file: "(queue)", status: "failed", error });
    return { added: 0, unchanged: 0, failed: 1, articles: [{ file: "(queue)", status: "failed", error }], error };
  }
  const { flags, fetch, collection } = job.data;
  const input = "upload" in job.data ? job.data.upload : job.data.input;
  const name = jobInputName(job.data);
  try {
    const { added, unchanged, failed, outcomes } = await ingestInputs([input], model, flags, report, { fetch, onArticlesFound, collection });
    const reasons = outcomes.flatMap((o) => (o.status === "failed" ? [`${o.file}: ${o.error}`] : []));
    return { added, unchanged, failed, articles: outcomes, ...(reasons.length ? { error: reasons.join("; ") } : {}) };
  } catch (e) {
    // ingestInputs reports an article's failure itself; reaching here means the input as a whole broke
    const error = messageOf(e);
    report({ file: name, status: "failed", error });
    return { added: 0, unchanged: 0, failed: 1, articles: [{ file: name, status: "failed", error }], error: `${name}: ${error}` };
  }
}
