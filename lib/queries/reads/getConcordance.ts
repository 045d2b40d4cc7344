// Concordance lines for a term (its stem key) under the current filters, sortable by context or date.
import { getPrisma, Prisma } from "../../db";
import { type ConcordanceSort, contextKey, findOccurrences, surfacePattern } from "../../analysis/concordance";
import type { FramingLabel } from "../../classify/labels";
import type { Filters } from "../../schema";
import { type PlannedFilters, passageFilter } from "../sql/passageFilter";
import { articleOffTopic } from "../sql/offTopicFilter";
import { countTerms } from "../../analysis/terms";
import { defineRead } from "../plan/defineRead";

export interface ConcordanceLine {
  left: string; match: string; right: string;
  passageId: number; position: number; articleId: number; articleTitle: string; outlet: string;
  publishedAt: string | null; framing: FramingLabel; confidence: number;
  /** its article was flagged off-topic when it joined the collection read */
  offTopic: boolean;
}

interface Row {
  id: number; position: number; text: string; framing: FramingLabel; confidence: number;
  articleId: number; articleTitle: string; outlet: string; publishedAt: string | null; offTopic: boolean;
}

/** What to look for: a stored term (its stem key), or a contested-terms name given as matching patterns. */
export type ConcordanceTarget = { term: string } | { pg: string; js: RegExp };

export interface Concordance { total: number; lines: ConcordanceLine[]; surfaces: string[] }

/** `context`: characters of text shown on each side of the keyword. */
type ConcordanceArgs = [filters: Partial<Filters>, target: ConcordanceTarget, sort?: ConcordanceSort, limit?: number, context?: number];

export const getConcordance = defineRead<ConcordanceArgs, Concordance>("getConcordance", {
  // a stored term selects its passages as the term filter does; a contested name is matched by its pattern
  selection: (filters, target) => ({ ...filters, term: "term" in target ? target.term : undefined }),
  passages: (plan, _, target, sort, limit, context) => concordanceOf(plan.filters, target, sort, limit, context),
});

async function concordanceOf(filters: PlannedFilters, target: ConcordanceTarget, sort: ConcordanceSort = "date", limit = 500, context = 70): Promise<Concordance> {
  const byTerm = "term" in target;
  const rows = await getPrisma().$queryRaw<Row[]>(Prisma.sql`
    SELECT p.id, p.position, p.text, p.framing::text AS framing, p.confidence,
           a.id AS "articleId", a.title AS "articleTitle", o.name AS outlet,
           to_char(p.published_at, 'YYYY-MM-DD') AS "publishedAt", ${articleOffTopic(filters)} AS "offTopic"
    FROM passage p JOIN article a ON a.id = p.article_id JOIN outlet o ON o.id = p.outlet_id
    WHERE ${passageFilter(filters)}
      ${byTerm ? Prisma.empty : Prisma.sql`AND p.text ~* ${target.pg}`}
    ORDER BY p.published_at DESC NULLS LAST, a.id, p.position`);
  const allSurfaces = new Set<string>();
  const lines: ConcordanceLine[] = [];
  for (const row of rows) {
    // the forms this passage uses the term in, found the way ingestion found them (they are not stored)
    const surfaces = byTerm ? countTerms(row.text).filter((t) => t.stem === target.term).map((t) => t.surface) : [];
    const pattern = byTerm ? surfacePattern(surfaces) : target.js;
    if (!pattern) continue;
    surfaces.forEach((s) => allSurfaces.add(s));
    for (const hit of findOccurrences(row.text, pattern, context)) {
      lines.push({
        left: hit.left, match: hit.match, right: hit.right, passageId: row.id, position: row.position,
        articleId: row.articleId, articleTitle: row.articleTitle, outlet: row.outlet, publishedAt: row.publishedAt,
        framing: row.framing, confidence: row.confidence, offTopic: row.offTopic,
      });
    }
  }
  if (sort !== "date") {
    const keyed = lines.map((l) => ({ l, k: contextKey(l, sort) }));
    keyed.sort((x, y) => x.k.localeCompare(y.k));
    lines.splice(0, lines.length, ...keyed.map((x) => x.l));
  }
  return { total: lines.length, lines: lines.slice(0, limit), surfaces: [...allSurfaces] };
}
