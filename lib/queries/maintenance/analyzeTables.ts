// Fresh planner statistics after a bulk import. Autovacuum gets there eventually; until it does, the planner
// believes freshly filled tables are nearly empty and picks sequential scans where an index lookup is right.
import { getPrisma, Prisma } from "../../db";

/** Every table an ingest writes to (a constant list, never input). */
export const TABLES_INGEST_FILLS = Prisma.raw("article, article_collection, passage, passage_terms, term, phrase_sighting, term_stat, phrase_stat, passage_stat, term_surface, reuse_fingerprint, reuse_boilerplate, reuse_link, reuse_cluster, reuse_member");

export async function analyzeTables(): Promise<void> {
  await getPrisma().$executeRaw`ANALYZE ${TABLES_INGEST_FILLS}`;
}
