// DELETE /api/articles/:id — deletes a stored article: its passages, labels and term vectors, and its share of
// every statistic, in one transaction (lib/queries/writes/deleteArticles.ts); its outlet too once it has no
// article left. 200 with what was removed, 404 for no such article. 403 when no REVIEWER_TOKEN is configured
// (read-only), 401 on a wrong token, 429 after five wrong tokens a minute from one client.
import { z } from "zod";
import { badRequest, describeIssue } from "@/lib/api/respond";
import { reviewerRoute } from "@/lib/api/reviewerRoute";
import { deleteArticles } from "@/lib/queries/writes";

const idSchema = z.coerce.number().int().positive();

export const DELETE = reviewerRoute("read-only: no REVIEWER_TOKEN is configured, so articles cannot be deleted", async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return badRequest(`bad article id: ${describeIssue(id.error)}`);
  const result = await deleteArticles([id.data]);
  if (!result.deleted.length) return Response.json({ error: `no article ${id.data}` }, { status: 404 });
  const { deleted: [article], outletsRemoved, phrasesUncounted } = result;
  return Response.json({ deleted: article, outletsRemoved, phrasesUncounted });
});
