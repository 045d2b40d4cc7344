// One job → the existing per-input path (each article its own transaction, deduplicated by content hash and
// canonical address), and what the job should be marked: done, or failed with the reasons.
import { type FileOutcome, ingestInputs } from "../pipeline/ingestInputs";
import type { LoadedModel } from "../pipeline/loadModel";
import { messageOf } from "../pipeline/readInput";
import { ingestJobSchema } from "./ingestJob";

export interface JobResult { added: number; unchanged: number; failed: number; error?: string }

export async function processIngestJob(data: unknown, model: LoadedModel, report: (o: FileOutcome) => void, onArticlesFound?: (input: string, count: number) => void): Promise<JobResult> {
  const job = ingestJobSchema.safeParse(data);
  if (!job.success) {
    const error = `not an ingest job (${job.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")})`;
    report({ file: "(queue)", status: "failed", error });
    return { added: 0, unchanged: 0, failed: 1, error };
  }
  const { input, flags, fetch } = job.data;
  try {
    const { added, unchanged, failed, outcomes } = await ingestInputs([input], model, flags, report, { fetch, onArticlesFound });
    const reasons = outcomes.flatMap((o) => (o.status === "failed" ? [`${o.file}: ${o.error}`] : []));
    return { added, unchanged, failed, ...(reasons.length ? { error: reasons.join("; ") } : {}) };
  } catch (e) {
    // ingestInputs reports an article's failure itself; reaching here means the input as a whole broke
    const error = messageOf(e);
    report({ file: input, status: "failed", error });
    return { added: 0, unchanged: 0, failed: 1, error: `${input}: ${error}` };
  }
}
