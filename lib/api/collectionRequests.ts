// What the collections API accepts (app/api/collections/…), and how a collection mistake is answered: 404 for a
// collection that does not exist, 409 for a name taken or the default refused, 400 for a bad name. The same
// CollectionError the CLI prints as one line.
import { z } from "zod";
import { CollectionError } from "../queries/writes";
import { collectionNameSchema } from "../queue/ingestJob";
import { badRequest, describeIssue } from "./respond";

const STATUS_OF: Record<CollectionError["kind"], number> = { unknown: 404, taken: 409, default: 409, name: 400, busy: 409 };

/** The collection named in the address (`/api/collections/NAME`): a 400 naming "name" when it is not one. */
export function collectionInPath(name: string): { ok: true; name: string } | { ok: false; response: Response } {
  const parsed = collectionNameSchema.safeParse(name);
  return parsed.success ? { ok: true, name: parsed.data } : { ok: false, response: badRequest(`bad parameter "name": ${parsed.error.issues[0].message}`) };
}

/** PATCH /api/collections/NAME: a rename, or making it the default (one change per request). */
export const collectionChangeSchema = z.strictObject({
  name: collectionNameSchema.optional(),
  default: z.literal(true, "only true: make another collection the default instead").optional(),
}).refine((b) => (b.name === undefined) !== (b.default === undefined), {
  message: 'give {"name": "new-name"} to rename, or {"default": true} to make it the default (one of them)', path: ["name"],
});

export const articleIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** POST /api/collections/NAME/articles */
export const articleIdsSchema = z.strictObject({ articleIds: z.array(z.number().int().positive().max(2_147_483_647)).min(1).max(10_000) });

/** The request's JSON body parsed by `schema`, or a 400 naming the field at fault. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  const parsed = schema.safeParse(await request.json().catch(() => undefined));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, response: badRequest(describeIssue(parsed.error)) };
}

/** A collection mistake as its answer; any other error is thrown on (a 500 with a reference, lib/api/answered.ts). */
export function collectionErrorResponse(error: unknown): Response {
  if (!(error instanceof CollectionError)) throw error;
  return Response.json({ error: error.message }, { status: STATUS_OF[error.kind] });
}
