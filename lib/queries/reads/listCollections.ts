// The collections with their sizes: the header's picker, each view's "Collection: …" line, `npm run collections`,
// GET /api/collections.
import { getPrisma } from "../../db";
import { rememberedReads } from "../plan/rememberedReads";

export interface CollectionRow { name: string; isDefault: boolean; articles: number; passages: number; createdAt: string }

/** The default first, then by name. Passages from passage_stat: its rows are the collection's passages exactly. */
export const listCollections = rememberedReads.wrap("listCollections", (): Promise<CollectionRow[]> => getPrisma().$queryRaw<CollectionRow[]>`
    SELECT c.name, c.is_default AS "isDefault",
           (SELECT COUNT(*) FROM article_collection m WHERE m.collection_id = c.id)::int AS articles,
           (SELECT COALESCE(SUM(s.passages), 0) FROM passage_stat s WHERE s.collection_id = c.id)::int AS passages,
           to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"
    FROM collection c ORDER BY c.is_default DESC, c.name`);
