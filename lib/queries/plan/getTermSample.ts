// Term lists (top terms, keyness) of a large selection the statistics cannot answer are counted in a random
// sample of its passages. A word in half the corpus (a search for "kalo" at a million passages matches
// 550,000) had its top terms counted from every matching passage's terms: 15 s, and keyness against a
// framing 55 s, so the dashboard never answered. Counted in whole pages of the passage table drawn at random
// (TABLESAMPLE SYSTEM, the same pages on every read of the same data), about TERM_SAMPLE_PASSAGES of them
// (lib/env.ts): top terms in 0.3–0.7 s. The charts and the passage list still count every passage; what is
// sampled is said on screen and in the API. Selections estimated at TERM_SAMPLE_ABOVE passages or fewer are
// counted exactly, which is every selection of a small corpus and every rarer search.
import { getPrisma, Prisma } from "../../db";
import { getEnv } from "../../env";
import type { Filters } from "../../schema";
import { passageFilter } from "../sql/passageFilter";
import { rememberedReads } from "./rememberedReads";
import { statsCanAnswer } from "./storeChoice";
import { textContains } from "../sql/textContains";

/** About how many passages a probe reads to estimate a selection's size: 0.5% of the pages at a million. */
const PROBE_PASSAGES = 5_000;

export interface TermSample {
  /** the share of the passage table's pages whose passages are counted, in percent */
  percent: number;
}

/**
 * The sample to count the selections' passages in, or null to count them all. One for all of them (keyness
 * counts two selections in one pass over their passages), sized for the largest; selections the statistics
 * answer are not counted from passages and do not need one.
 */
export async function getTermSample(...selections: Partial<Filters>[]): Promise<TermSample | null> {
  return sampleOfPassages(...selections.filter((s) => !statsCanAnswer(s)));
}

/** The sample for selections that are counted from their passages whatever their filters. */
export async function sampleOfPassages(...counted: Partial<Filters>[]): Promise<TermSample | null> {
  return counted.length ? probedSample(...counted) : null;
}

/**
 * Remembered while the database is unchanged (lib/queries/plan/rememberedReads.ts), like the term lists it sizes: a
 * remembered overview would otherwise probe again on every request.
 */
const probedSample = rememberedReads.wrap("probedSample", async (...counted: Partial<Filters>[]): Promise<TermSample | null> => {
  const { TERM_SAMPLE_ABOVE, TERM_SAMPLE_PASSAGES } = getEnv();
  // the planner's row count, kept by ANALYZE (every import runs it): a probe's size, not an answer
  const [{ rows }] = await getPrisma().$queryRaw<{ rows: number }[]>`SELECT GREATEST(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = 'passage'::regclass`;
  const probePercent = Math.min(100, (100 * PROBE_PASSAGES) / Math.max(1, rows));
  // a search is matched by its text here, never through the term index: the probe reads a few hundred pages
  const matches = (s: Partial<Filters>) => Prisma.sql`(${passageFilter({ ...s, q: undefined, search: null })}${s.q ? Prisma.sql` AND ${textContains(s.q, "trigrams")}` : Prisma.empty})`;
  const [{ found }] = await getPrisma().$queryRaw<{ found: number }[]>(Prisma.sql`
    SELECT COUNT(*)::int AS found FROM passage p TABLESAMPLE SYSTEM (${probePercent}) REPEATABLE (0)
    WHERE ${Prisma.join(counted.map(matches), " OR ")}`);
  const estimated = (found * 100) / probePercent;
  if (estimated <= TERM_SAMPLE_ABOVE) return null;
  const percent = roundedPercent((100 * TERM_SAMPLE_PASSAGES) / estimated);
  return percent >= 100 ? null : { percent };
});

/** Two significant digits, so that the same selection asks for the same sample as the data grows a little. */
function roundedPercent(percent: number): number {
  const scale = 10 ** (1 - Math.floor(Math.log10(percent)));
  return Math.round(percent * scale) / scale;
}

/** The clause that follows `passage p` to count in the sample (nothing for all passages). */
export function inSample(sample: TermSample | null | undefined): Prisma.Sql {
  return sample ? Prisma.sql`TABLESAMPLE SYSTEM (${sample.percent}) REPEATABLE (0)` : Prisma.empty;
}
