// DELETE /api/collections/NAME/articles/ID — takes an article out of a collection and out of its statistics;
// it stays stored, and in its other collections. 404 for no such collection or an article not in it;
// `inNoCollection` says when no collection holds it any more. Reviewer token as every write.
import { articleIdSchema, collectionErrorResponse, collectionInPath } from "@/lib/api/collectionRequests";
import { badRequest } from "@/lib/api/respond";
import { reviewerRoute } from "@/lib/api/reviewerRoute";
import { moveArticles } from "@/lib/queries/writes";

export const DELETE = reviewerRoute("read-only: no REVIEWER_TOKEN is configured, so collections cannot be changed", async (_request, { params }: { params: Promise<{ name: string; id: string }> }) => {
  const { name, id } = await params;
  const collection = collectionInPath(name);
  if (!collection.ok) return collection.response;
  const article = articleIdSchema.safeParse(id);
  if (!article.success) return badRequest(`bad parameter "id": ${article.error.issues[0].message}`);
  try {
    const { removed, inNoCollection } = await moveArticles([article.data], { remove: collection.name });
    if (!removed.length) return Response.json({ error: `article ${article.data} is not in '${collection.name}'` }, { status: 404 });
    return Response.json({ removed: article.data, collection: collection.name, inNoCollection: inNoCollection.length > 0 });
  } catch (e) {
    return collectionErrorResponse(e);
  }
});
