// POST /api/collections/NAME/articles {"articleIds": [1, 2]} — puts stored articles in an existing collection,
// counted there from now on (a collection is created by an ingest or a rename, not here: 404 for an unknown
// one). Answers which moved, which were in it already and which are not stored. Reviewer token as every write.
import { articleIdsSchema, collectionErrorResponse, collectionInPath, parseJsonBody } from "@/lib/api/collectionRequests";
import { reviewerRoute } from "@/lib/api/reviewerRoute";
import { moveArticles } from "@/lib/queries/writes";

export const POST = reviewerRoute("read-only: no REVIEWER_TOKEN is configured, so collections cannot be changed", async (request, { params }: { params: Promise<{ name: string }> }) => {
  const collection = collectionInPath((await params).name);
  if (!collection.ok) return collection.response;
  const body = await parseJsonBody(request, articleIdsSchema);
  if (!body.ok) return body.response;
  try {
    const ids = [...new Set(body.value.articleIds)];
    const { added, missing } = await moveArticles(ids, { add: collection.name });
    return Response.json({ added, alreadyIn: ids.filter((id) => !added.includes(id) && !missing.includes(id)), notFound: missing });
  } catch (e) {
    return collectionErrorResponse(e);
  }
});
