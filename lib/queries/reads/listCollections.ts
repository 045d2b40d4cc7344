// The collections with their sizes: the header's picker, each view's "Collection: …" line, `npm run collections`,
// GET /api/collections.
import { getPrisma, Prisma } from "../../db";
import { rememberedReads } from "../plan/rememberedReads";

export interface CollectionRow { name: string; isDefault: boolean; articles: number; passages: number; createdAt: string }

/** A collection `c`'s row. Passages from passage_stat: its rows are the collection's passages exactly. */
const collectionRow = Prisma.sql`
  c.name, c.is_default AS "isDefault",
  (SELECT COUNT(*) FROM article_collection m WHERE m.collection_id = c.id)::int AS articles,
  (SELECT COALESCE(SUM(s.passages), 0) FROM passage_stat s WHERE s.collection_id = c.id)::int AS passages,
  to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

/** The default first, then by name. */
export const listCollections = rememberedReads.wrap("listCollections", (): Promise<CollectionRow[]> =>
  getPrisma().$queryRaw<CollectionRow[]>(Prisma.sql`SELECT ${collectionRow} FROM collection c ORDER BY c.is_default DESC, c.name`));

/**
 * One collection (the default when no name is given), or null: what a view counts. Its sizes alone, so that a
 * view's cost does not grow with the other collections.
 */
export const getCollection = rememberedReads.wrap("getCollection", async (name?: string): Promise<CollectionRow | null> => {
  const [row] = await getPrisma().$queryRaw<CollectionRow[]>(Prisma.sql`
    SELECT ${collectionRow} FROM collection c WHERE ${name ? Prisma.sql`c.name = ${name}` : Prisma.sql`c.is_default`}`);
  return row ?? null;
});
