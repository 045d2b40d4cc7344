// GET /api/review?queue=uncertain|disagree&framing=…&outlet=…&from=…&to=…&q=…&limit=… — the passages most
// worth a reviewer's look, least confident first, each with its neighbours. 400 on a bad parameter.
import { badRequest } from "@/lib/api/respond";
import { getReviewQueue } from "@/lib/queries/reads";
import { parseReviewParams } from "@/lib/review/reviewQueue";
import { searchParamsToRecord } from "@/lib/schema";

export async function GET(request: Request) {
  const parsed = parseReviewParams(searchParamsToRecord(new URL(request.url).searchParams));
  if (!parsed.ok) return badRequest(parsed.error);
  return Response.json(await getReviewQueue(parsed.value), { headers: { "cache-control": "no-store" } });
}
