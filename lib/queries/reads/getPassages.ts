// The passages behind a number: every chart and term links here with its filters.
import { getPrisma, Prisma } from "../../db";
import type { FramingLabel } from "../../classify/labels";
import type { SpeakerRole } from "../../classify/speakerRoles";
import type { Filters } from "../../schema";
import { type PlannedFilters, passageFilter } from "../sql/passageFilter";
import { statFilter } from "../sql/statFilter";
import { articleOffTopic } from "../sql/offTopicFilter";
import { collectionPassagesFromArticles } from "../sql/collectionFilter";
import { defineRead } from "../plan/defineRead";
import { getEnv } from "../../env";

export interface PassageRow {
  id: number; position: number; text: string; framing: FramingLabel; confidence: number; labelSource: "model" | "human";
  articleId: number; articleTitle: string; outlet: string; publishedAt: string | null;
  modelFraming: FramingLabel | null; modelConfidence: number | null; speakerName: string | null; speakerRole: SpeakerRole | null;
  /** for citing: the article's original address and byline, and the model version whose label this is (null: a reviewer's) */
  articleUrl: string | null; articleByline: string | null; modelVersion: number | null;
  /** its article was flagged off-topic when it joined the collection read */
  offTopic: boolean;
}

export interface PassagePage {
  /** the passages the filters select, or, with totalAtLeast, how many were counted before the count stopped */
  total: number;
  /** true when there are more than `total` (counting stopped at PASSAGE_COUNT_UP_TO or the page's end) */
  totalAtLeast: boolean;
  rows: PassageRow[];
}

type PageArgs = [filters: Partial<Filters>, page?: number, pageSize?: number, options?: { countedUpTo?: number }];

/**
 * The total from the precomputed counts when they answer exactly (counting the passages themselves grows with
 * the corpus: a second and more at a million passages for an unfiltered list); the rows from the passages.
 */
export const getPassages = defineRead<PageArgs, PassagePage>("getPassages", {
  stats: async ({ filters }, _, page = 1, pageSize = 25) => {
    const [{ total }] = await getPrisma().$queryRaw<{ total: number }[]>(Prisma.sql`
      SELECT COALESCE(SUM(s.passages), 0)::int AS total FROM passage_stat s WHERE ${statFilter(filters)}`);
    return { total, totalAtLeast: false, rows: await pageOf(filters, page, pageSize) };
  },
  // Passages the statistics cannot count (a search, a term, a label view, days) are counted one by one up to
  // `countedUpTo` (PASSAGE_COUNT_UP_TO unless a test sets it lower), or to the end of the page asked for if
  // later: a word in half the corpus matched 170,000 testimony passages at a million, and counting them all
  // was most of a second.
  passages: async ({ filters }, _, page = 1, pageSize = 25, options = {}) => {
    const countUpTo = Math.max(options.countedUpTo ?? getEnv().PASSAGE_COUNT_UP_TO, Math.max(1, page) * pageSize);
    // a collection that is a smaller part of the table is counted from its articles (lib/queries/plan/collectionReach.ts)
    const counted = filters.reach === "articles"
      ? collectionPassagesFromArticles(filters, passageFilter(filters, { reachedFromArticles: true }))
      : Prisma.sql`passage p WHERE ${passageFilter(filters)}`;
    const [[{ total }], rows] = await Promise.all([
      getPrisma().$queryRaw<{ total: number }[]>(Prisma.sql`
        SELECT COUNT(*)::int AS total FROM (SELECT FROM ${counted} LIMIT ${countUpTo + 1}) t`),
      pageOf(filters, page, pageSize),
    ]);
    const totalAtLeast = total > countUpTo;
    return { total: totalAtLeast ? countUpTo : total, totalAtLeast, rows };
  },
});

function pageOf(filters: PlannedFilters, page: number, pageSize: number): Promise<PassageRow[]> {
  return getPrisma().$queryRaw<PassageRow[]>(Prisma.sql`
    SELECT p.id, p.position, p.text, p.framing::text AS framing, p.confidence, p.label_source::text AS "labelSource",
           a.id AS "articleId", a.title AS "articleTitle", o.name AS outlet, to_char(p.published_at, 'YYYY-MM-DD') AS "publishedAt",
           p.model_framing::text AS "modelFraming", p.model_confidence AS "modelConfidence",
           p.speaker_name AS "speakerName", p.speaker_role::text AS "speakerRole",
           a.url AS "articleUrl", a.byline AS "articleByline", p.model_version AS "modelVersion",
           ${articleOffTopic(filters)} AS "offTopic"
    FROM passage p JOIN article a ON a.id = p.article_id JOIN outlet o ON o.id = p.outlet_id
    WHERE ${passageFilter(filters)}
    ORDER BY p.published_at DESC NULLS LAST, p.article_id, p.position -- passage_order_idx
    LIMIT ${pageSize} OFFSET ${(Math.max(1, page) - 1) * pageSize}`);
}
