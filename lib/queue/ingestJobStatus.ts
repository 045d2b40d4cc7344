// A queued job as the "Add articles" page shows it: queued, reading, or done with each article's outcome
// (a feed or a spreadsheet holds several). The worker's output comes back from the database as JSON, so it
// is parsed, not trusted.
import { z } from "zod";
import type { IngestJobRow } from "../queries/reads";
import type { ArticleOutcome, IngestJobStatus } from "../views/ingestJobs.types";

export type { ArticleOutcome, IngestJobStatus };

const articleOutcome: z.ZodType<ArticleOutcome> = z.union([
  z.object({ file: z.string(), status: z.enum(["added", "unchanged"]), title: z.string(), articleId: z.number().int(), passages: z.number().int(), collection: z.string().optional(), note: z.string().optional() }),
  z.object({ file: z.string(), status: z.literal("failed"), error: z.string() }),
]);

const outputSchema = z.object({ articles: z.array(articleOutcome).default([]), error: z.string().optional() });

/** pg-boss's states (created, retry, active, completed, failed, expired, cancelled) → the page's. */
export function ingestJobStatus(row: IngestJobRow): IngestJobStatus {
  const base = { id: row.id, name: row.name, collection: row.collection, createdAt: row.createdOn.toISOString(), completedAt: row.completedOn?.toISOString() ?? null };
  if (row.state === "created" || row.state === "retry") return { ...base, state: "queued", articles: [] };
  if (row.state === "active") return { ...base, state: "reading", articles: [] };
  const output = outputSchema.safeParse(row.output);
  if (output.success && output.data.articles.length) return { ...base, state: "done", articles: output.data.articles };
  const file = row.name ?? "(job)";
  const error = row.state === "expired" ? "no worker finished it within an hour (it may have been stopped): add it again"
    : row.state === "cancelled" ? "cancelled"
    : output.success && output.data.error ? output.data.error
    : row.state === "completed" ? "the input held no articles" : "failed without a reason";
  return { ...base, state: "done", articles: [{ file, status: "failed", error }] };
}
