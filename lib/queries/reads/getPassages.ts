// The passages behind a number: every chart and term links here with its filters.
import { getPrisma, Prisma } from "../../db";
import type { FramingLabel } from "../../classify/labels";
import type { SpeakerRole } from "../../classify/speakerRoles";
import type { Filters } from "../../schema";
import { passageFilter } from "../sql/passageFilter";
import { statFilter, statsCanAnswer } from "../sql/statFilter";
import { chooseSearchPath } from "../plan/chooseSearchPath";
import { rememberedReads } from "../plan/rememberedReads";
import { getEnv } from "../../env";

export interface PassageRow {
  id: number; position: number; text: string; framing: FramingLabel; confidence: number; labelSource: "model" | "human";
  articleId: number; articleTitle: string; outlet: string; publishedAt: string | null;
  modelFraming: FramingLabel | null; modelConfidence: number | null; speakerName: string | null; speakerRole: SpeakerRole | null;
}

export interface PassagePage {
  /** the passages the filters select, or, with totalAtLeast, how many were counted before the count stopped */
  total: number;
  /** true when there are more than `total` (counting stopped at PASSAGE_COUNT_UP_TO or the page's end) */
  totalAtLeast: boolean;
  rows: PassageRow[];
}

/**
 * Passages the statistics cannot count (a search, a term, a label view, days) are counted one by one up to
 * `countedUpTo` (PASSAGE_COUNT_UP_TO unless a test sets it lower), or to the end of the page asked for if later: a
 * word in half the corpus matched 170,000 testimony passages at a million, and counting them all was most of a
 * second.
 */
async function computePassages(filters: Partial<Filters>, page = 1, pageSize = 25, options: { countedUpTo?: number } = {}): Promise<PassagePage> {
  await chooseSearchPath(filters);
  const prisma = getPrisma();
  const where = passageFilter(filters);
  // the total from the precomputed counts when they answer exactly: counting the passages themselves grows
  // with the corpus (a second and more at a million passages for an unfiltered list)
  const countUpTo = Math.max(options.countedUpTo ?? getEnv().PASSAGE_COUNT_UP_TO, Math.max(1, page) * pageSize);
  const fromStats = statsCanAnswer(filters);
  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>(fromStats
    ? Prisma.sql`SELECT COALESCE(SUM(s.passages), 0)::int AS total FROM passage_stat s WHERE ${statFilter(filters)}`
    : Prisma.sql`SELECT COUNT(*)::int AS total FROM (SELECT FROM passage p WHERE ${where} LIMIT ${countUpTo + 1}) t`);
  const rows = await prisma.$queryRaw<PassageRow[]>(Prisma.sql`
    SELECT p.id, p.position, p.text, p.framing::text AS framing, p.confidence, p.label_source::text AS "labelSource",
           a.id AS "articleId", a.title AS "articleTitle", o.name AS outlet, to_char(p.published_at, 'YYYY-MM-DD') AS "publishedAt",
           p.model_framing::text AS "modelFraming", p.model_confidence AS "modelConfidence",
           p.speaker_name AS "speakerName", p.speaker_role::text AS "speakerRole"
    FROM passage p JOIN article a ON a.id = p.article_id JOIN outlet o ON o.id = p.outlet_id
    WHERE ${where}
    ORDER BY p.published_at DESC NULLS LAST, p.article_id, p.position -- passage_order_idx
    LIMIT ${pageSize} OFFSET ${(Math.max(1, page) - 1) * pageSize}`);
  const totalAtLeast = !fromStats && total > countUpTo;
  return { total: totalAtLeast ? countUpTo : total, totalAtLeast, rows };
}

/** Remembered while the database is unchanged (lib/queries/plan/rememberedReads.ts). */
export const getPassages = rememberedReads.wrap("getPassages", computePassages);
