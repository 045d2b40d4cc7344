// Fresh planner statistics after a bulk import. Autovacuum gets there eventually; until it does, the planner
// believes freshly filled tables are nearly empty and picks sequential scans where an index lookup is right.
import { getPrisma } from "../db";

export async function analyzeTables(): Promise<void> {
  await getPrisma().$executeRaw`ANALYZE article, passage, passage_terms, term, term_stat, phrase_stat, passage_stat, term_surface`;
}
