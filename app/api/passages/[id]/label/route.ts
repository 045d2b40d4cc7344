// POST /api/passages/:id/label {"framing": "official"|"critical"|"testimony"} — a reviewer sets a passage's
// framing. Stored as a human label: classify-all never overwrites it and the next `npm run train` learns it.
// 403 when no REVIEWER_TOKEN is configured (read-only), 401 on a wrong token, 429 after five wrong tokens a
// minute from one client (its connection's address, or with TRUSTED_PROXY the address the proxies forwarded).
import { z } from "zod";
import { badRequest, describeIssue } from "@/lib/api/respond";
import { reviewerRoute } from "@/lib/api/reviewerRoute";
import { framingSchema } from "@/lib/classify/labels";
import { setHumanLabel } from "@/lib/queries/writes";

const idSchema = z.coerce.number().int().positive();
const bodySchema = z.object({ framing: framingSchema });

export const POST = reviewerRoute("read-only: no REVIEWER_TOKEN is configured, so labels cannot be changed", async (request, { params }: { params: Promise<{ id: string }> }) => {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return badRequest(`bad passage id: ${describeIssue(id.error)}`);
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return badRequest(describeIssue(body.error));
  const updated = await setHumanLabel(id.data, body.data.framing);
  if (!updated) return Response.json({ error: `no passage ${id.data}` }, { status: 404 });
  return Response.json(updated);
});
