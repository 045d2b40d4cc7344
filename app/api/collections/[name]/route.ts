// PATCH /api/collections/NAME {"name": "new-name"} renames it; {"default": true} makes it the default (what a
// request without ?collection= reads). DELETE /api/collections/NAME deletes it: its articles in no other
// collection are deleted with everything they brought, the others stay (lib/queries/writes/collections.ts).
// 400 naming the parameter, 404 for no such collection, 409 for a name taken or the default deleted; 403
// read-only, 401 wrong token, 429 after five wrong tokens a minute (lib/api/reviewerRoute.ts).
import { collectionChangeSchema, collectionErrorResponse, collectionInPath, parseJsonBody } from "@/lib/api/collectionRequests";
import { reviewerRoute } from "@/lib/api/reviewerRoute";
import { deleteCollection, makeDefaultCollection, renameCollection } from "@/lib/queries/writes";

type Context = { params: Promise<{ name: string }> };
const READ_ONLY = "read-only: no REVIEWER_TOKEN is configured, so collections cannot be changed";

export const PATCH = reviewerRoute(READ_ONLY, async (request, { params }: Context) => {
  const collection = collectionInPath((await params).name);
  if (!collection.ok) return collection.response;
  const body = await parseJsonBody(request, collectionChangeSchema);
  if (!body.ok) return body.response;
  try {
    if (body.value.name !== undefined) await renameCollection(collection.name, body.value.name);
    else await makeDefaultCollection(collection.name);
  } catch (e) {
    return collectionErrorResponse(e);
  }
  return Response.json({ name: body.value.name ?? collection.name, ...(body.value.default ? { isDefault: true } : {}) });
});

export const DELETE = reviewerRoute(READ_ONLY, async (_request, { params }: Context) => {
  const collection = collectionInPath((await params).name);
  if (!collection.ok) return collection.response;
  try {
    return Response.json(await deleteCollection(collection.name));
  } catch (e) {
    return collectionErrorResponse(e);
  }
});
