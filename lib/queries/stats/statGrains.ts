// The term statistics (term_stat, phrase_stat) hold each count at four grains, so that a query reads the
// coarsest rows that answer its filters exactly instead of summing thousands of month cells:
//   outlet × month · all outlets × month · outlet × all time · all outlets × all time
// each within one collection: every row names its collection (collection_id), and an article counts once in
// each collection it is in (article_collection), so a collection's rows are what its articles alone would make.
// "All outlets" is outlet_id 0 (ids start at 1); "all time" is the month 0001-01-01. Undated passages sit in
// month 1900-01-01 and count in the all-time rows. An article lies in one outlet and one month, so every
// count, articles included, adds up exactly across the grains.
import { Prisma } from "../../db";
import { FRAMINGS } from "../../classify/labels";
import { previousFraming } from "../../analysis/sideArticles";

export const ALL_OUTLETS = 0;
export const ALL_TIME = "0001-01-01";
export const UNDATED = "1900-01-01";

export const MONTH_OF_PASSAGE = Prisma.sql`COALESCE(date_trunc('month', p.published_at)::date, DATE '1900-01-01')`;

/**
 * Which grains a statement writes: all four, or split in two for writers that run beside each other
 * (ingestion, relabelling): the finest grain, rows an article's outlet and month mostly keep to themselves,
 * then the coarser grains every writer shares. All of them write the finest rows first, so none holds a
 * shared row while it waits for a finest one.
 */
export type Grains = "all" | "finest" | "shared";

/** The GROUPING SETS that yield those grains, over the given framing, outlet, month and stem columns. */
export function grainGrouping(c: { collection: Prisma.Sql; framing: Prisma.Sql; outlet: Prisma.Sql; month: Prisma.Sql; stem: Prisma.Sql }, grains: Grains): Prisma.Sql {
  const finest = [Prisma.sql`(${c.collection}, ${c.framing}, ${c.outlet}, ${c.month}, ${c.stem})`];
  const shared = [
    Prisma.sql`(${c.collection}, ${c.framing}, ${c.month}, ${c.stem})`, Prisma.sql`(${c.collection}, ${c.framing}, ${c.outlet}, ${c.stem})`,
    Prisma.sql`(${c.collection}, ${c.framing}, ${c.stem})`,
  ];
  const sets = grains === "finest" ? finest : grains === "shared" ? shared : [...finest, ...shared];
  return Prisma.sql`GROUPING SETS (${Prisma.join(sets, ", ")})`;
}

/** A framing as a bit (FRAMINGS' order), and the bit of the framing before it (lib/analysis/sideArticles.ts). */
const framingBit = (framing: Prisma.Sql, of: (f: number) => number) =>
  Prisma.sql`(CASE ${framing} ${Prisma.join(FRAMINGS.map((label, f) => Prisma.sql`WHEN ${label}::"Framing" THEN ${Prisma.raw(String(1 << of(f)))}`), " ")} END)`;

/**
 * Statistics rows (collection_id, framing, outlet_id, month, stem, n, count, passages, articles, articles_only,
 * articles_without_previous) counted from passages, times `sign`, at the grains asked, in key order: `terms` is
 * rows t(passage_id, stem, n, count) (lib/queries/sql/passageTermRows.ts) and `where` a condition on them, their
 * passages `p` and the passages' collections `ac` (article_collection): a passage counts once in each collection
 * its article is in. Whole articles: an article's article columns depend on all the framings it uses a stem in.
 */
export function termCellsFromPassages(terms: Prisma.Sql, where: Prisma.Sql, grains: Grains, sign: 1 | -1 = 1): Prisma.Sql {
  const columns = { collection: Prisma.sql`c.collection_id`, framing: Prisma.sql`c.framing`, outlet: Prisma.sql`c.outlet_id`, month: Prisma.sql`c.month`, stem: Prisma.sql`c.stem` };
  return Prisma.sql`
    SELECT c.collection_id, c.framing, COALESCE(c.outlet_id, ${ALL_OUTLETS}), COALESCE(c.month, ${ALL_TIME}::date), c.stem, MIN(c.n),
           ${sign} * SUM(c.count), ${sign} * COUNT(DISTINCT c.passage_id), ${sign} * COUNT(DISTINCT c.article_id),
           ${sign} * COUNT(DISTINCT c.article_id) FILTER (WHERE c.used_in = c.bit),
           ${sign} * COUNT(DISTINCT c.article_id) FILTER (WHERE c.used_in & c.previous_bit = 0)
    FROM (
      SELECT ac.collection_id, p.framing, p.outlet_id, ${MONTH_OF_PASSAGE} AS month, p.article_id, t.passage_id, t.stem, t.n, t.count,
             ${framingBit(Prisma.sql`p.framing`, (f) => f)} AS bit, ${framingBit(Prisma.sql`p.framing`, previousFraming)} AS previous_bit,
             bit_or(${framingBit(Prisma.sql`p.framing`, (f) => f)}) OVER (PARTITION BY ac.collection_id, p.article_id, t.stem) AS used_in
      FROM ${terms} t JOIN passage p ON p.id = t.passage_id JOIN article_collection ac ON ac.article_id = p.article_id WHERE ${where}) c
    GROUP BY ${grainGrouping(columns, grains)} ORDER BY 1, 2, 3, 4, 5`;
}

/**
 * passage_stat rows (collection_id, framing, outlet_id, month, passages, tokens) counted from the passages `p`
 * (and their collections `ac`) matching `where`, times `sign`, in key order, as an INSERT to finish with the
 * caller's ON CONFLICT.
 */
export function passageCellsFromPassages(where: Prisma.Sql, sign: 1 | -1 = 1): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO passage_stat (collection_id, framing, outlet_id, month, passages, tokens)
    SELECT ac.collection_id, p.framing, p.outlet_id, ${MONTH_OF_PASSAGE}, ${sign} * COUNT(*), ${sign} * SUM(v.tokens)
    FROM passage p JOIN passage_terms v ON v.passage_id = p.id JOIN article_collection ac ON ac.article_id = p.article_id
    WHERE ${where}
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
}

/**
 * Phrases enter phrase_stat once seen this often in the whole corpus (term.count). Keyness needs a term 3
 * times in its two selections together, so a rarer phrase can never be key; the long tail of phrases seen
 * once or twice is most of the rows. Keep equal to keyness's minimum count.
 */
export const PHRASE_MIN_COUNT = 3;
export const COUNTED_PHRASES = Prisma.sql`(SELECT stem FROM term WHERE n > 1 AND count >= ${PHRASE_MIN_COUNT})`;
