// POST /api/ingest — queue articles to add: web addresses, uploaded files, a pasted text. JSON
// ({"addresses": [...], "files": [{"name", "type", "base64"}], "text": {"text", "title", "outlet", "published", "url"},
// "collection": "name"}; no collection: the default one, a new name: created)
// or a multipart form (the "Add articles" page). Answers 202 with one job per input; GET /api/ingest/jobs
// tells what became of them. Needs the reviewer token like every write (403 read-only, 401 wrong token).
// The proxy (proxy.ts) is not run for this path: it would buffer the body and cut it at 10 MB.
import { formToIngestRequest, ingestRequestSchema, jobsOfRequest } from "@/lib/api/ingestRequest";
import { readCappedBody } from "@/lib/api/readCappedBody";
import { badRequest, describeIssue } from "@/lib/api/respond";
import { reviewerRoute } from "@/lib/api/reviewerRoute";
import { getEnv } from "@/lib/env";
import { enqueueJobs } from "@/lib/queue/enqueueJobs";
import { serverIngestQueue } from "@/lib/queue/serverIngestQueue";
import { tooLarge } from "@/lib/pipeline/readUpload";

const MB = 1024 * 1024;

export const POST = reviewerRoute("read-only: no REVIEWER_TOKEN is configured, so articles cannot be added", async (request) => {
  const { MAX_UPLOAD_MB, MAX_INPUT_MB } = getEnv();
  const body = await readCappedBody(request, MAX_UPLOAD_MB * MB, "the request (all files together)");
  if (!body.ok) return body.response;
  const type = request.headers.get("content-type") ?? "";
  let raw: unknown;
  try {
    raw = /^multipart\/form-data/i.test(type)
      ? await formToIngestRequest(await new Response(body.bytes, { headers: { "content-type": type } }).formData())
      : JSON.parse(Buffer.from(body.bytes).toString("utf8"));
  } catch {
    return badRequest("the body is neither JSON nor a multipart form");
  }
  const parsed = ingestRequestSchema.safeParse(raw);
  if (!parsed.success) return badRequest(describeIssue(parsed.error));
  // each file against the per-file limit, before any of it is read as an article
  for (const f of parsed.data.files) {
    const size = Math.floor((f.base64.length * 3) / 4);
    if (size > MAX_INPUT_MB * MB) return Response.json({ error: `${f.name}: ${tooLarge(size, MAX_INPUT_MB)}` }, { status: 413 });
  }
  const jobs = await enqueueJobs(await serverIngestQueue(), jobsOfRequest(parsed.data), parsed.data.fetch, parsed.data.collection);
  return Response.json({ jobs }, { status: 202 });
});
