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
import { collectionId } from "../sql/collectionFilter";
import { collectionReachOf } from "./collectionReach";

/** About how many passages a probe reads to estimate a selection's size: 0.5% of the pages at a million. */
const PROBE_PASSAGES = 5_000;

export interface TermSample {
  /** the share of the pages (or articles) whose passages are counted, in percent */
  percent: number;
  /**
   * what is drawn: the passage table's pages, or, when every selection counted is in a collection reached from
   * its articles (collectionReach.ts), those collections' articles: a page sample of a fifth of the table read
   * five times the pages for the same passages of the collection
   */
  of: "pages" | "articles";
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
  if (percent >= 100) return null;
  const reaches = await Promise.all(counted.map(collectionReachOf));
  return { percent, of: reaches.every((r) => r === "articles") ? "articles" : "pages" };
});

/** Two significant digits, so that the same selection asks for the same sample as the data grows a little. */
function roundedPercent(percent: number): number {
  const scale = 10 ** (1 - Math.floor(Math.log10(percent)));
  return Math.round(percent * scale) / scale;
}

/**
 * The passages to count, aliased `p`, for the selections counted: every passage (null), those on the sampled
 * pages, or those of the sampled articles. Articles are drawn by a multiplicative hash of their id (Knuth, TAOCP
 * vol. 3, 6.4: the golden ratio times 2^32): the same articles on every read, each drawn whatever collections
 * hold it, and ids in sequence spread evenly over the draw. Their passages are read article by article (a
 * lateral loop: the planner cannot estimate the draw, and a hash join would read the whole table).
 */
export function passagesToCount(sample: TermSample | null | undefined, ...selections: Pick<Partial<Filters>, "collection">[]): Prisma.Sql {
  if (!sample) return Prisma.sql`passage p`;
  if (sample.of === "pages") return Prisma.sql`passage p TABLESAMPLE SYSTEM (${sample.percent}) REPEATABLE (0)`;
  const collections = [...new Set(selections.map((s) => s.collection ?? ""))].map((name) => collectionId({ collection: name || undefined }));
  const drawnBelow = Math.round((sample.percent / 100) * 2 ** 32);
  return Prisma.sql`(
      SELECT DISTINCT ac.article_id FROM article_collection ac
      WHERE ac.collection_id IN (${Prisma.join(collections)}) AND (ac.article_id::bigint * 2654435761) % 4294967296 < ${drawnBelow}
    ) drawn CROSS JOIN LATERAL (SELECT * FROM passage p WHERE p.article_id = drawn.article_id OFFSET 0) p`;
}
