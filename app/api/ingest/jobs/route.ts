// GET /api/ingest/jobs?ids=<job id>,<job id> — what became of queued inputs: queued, reading, or done with
// each article's outcome (added / unchanged with its article id, or failed with the reason). Needs the
// reviewer token, like POST /api/ingest. Ids no longer in the queue (kept 7 days) are listed as missing.
import { z } from "zod";
import { badRequest, describeIssue } from "@/lib/api/respond";
import { reviewerRoute } from "@/lib/api/reviewerRoute";
import { getIngestJobs } from "@/lib/queries/reads";
import { ingestJobStatus } from "@/lib/queue/ingestJobStatus";
import { serverIngestQueue } from "@/lib/queue/serverIngestQueue";

const querySchema = z.object({
  ids: z.string().transform((s) => s.split(",").map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(z.uuid("not a job id")).min(1, "give at least one job id").max(200, "at most 200 job ids")),
});

export const GET = reviewerRoute("read-only: no REVIEWER_TOKEN is configured, so no articles are added here", async (request) => {
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return badRequest(describeIssue(query.error));
  await serverIngestQueue(); // the queue's tables exist from here on
  const rows = await getIngestJobs(query.data.ids);
  const byId = new Map(rows.map((r) => [r.id, ingestJobStatus(r)]));
  return Response.json({
    jobs: query.data.ids.flatMap((id) => byId.get(id) ?? []),
    missing: query.data.ids.filter((id) => !byId.has(id)),
  });
});
