// The WHERE clause every dashboard query shares, built from validated filters with bound parameters only.
import { Prisma } from "../../db";
import { getEnv } from "../../env";
import type { Filters } from "../../schema";
import { containsTerm } from "./passageTermRows";
import { type CollectionReach, passageInCollection } from "./collectionFilter";
import { articleOffTopic } from "./offTopicFilter";
import { type SearchPath, textContains } from "./textContains";

export { PLAN_KEYS } from "./planKeys";

/**
 * Filters with how their search is matched, as the read's plan decided it (lib/queries/plan/planRead.ts):
 * a WHERE clause is built only from planned filters.
 */
export type PlannedFilters = Partial<Filters> & {
  readonly search: SearchPath | null;
  /** how the collection's passages are reached (lib/queries/plan/collectionReach.ts); the table when not planned */
  readonly reach?: CollectionReach;
};

/** Month bounds: "2019-03" means from 2019-03-01, or to the end of March when used as `to`. */
function fromDate(value: string): string {
  return value.length === 7 ? `${value}-01` : value;
}
function toDateExclusive(value: string): Prisma.Sql {
  return value.length === 7
    ? Prisma.sql`(${`${value}-01`}::date + interval '1 month')`
    : Prisma.sql`(${value}::date + interval '1 day')`;
}

/** A passage's (aliased `p`) framing as the filters read it: under the "model" view, the model's own label. */
export function passageFraming(filters: Partial<Filters>): Prisma.Sql {
  return filters.labels === "model" ? Prisma.sql`COALESCE(p.model_framing, p.framing)` : Prisma.sql`p.framing`;
}

/**
 * Conditions on a passage aliased `p`. `reachedFromArticles`: the passages are read from the collection's
 * articles (collectionPassagesFromArticles), so that membership is not tested again.
 */
export function passageFilter(filters: PlannedFilters, options: { reachedFromArticles?: boolean } = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = options.reachedFromArticles ? [Prisma.sql`TRUE`] : [passageInCollection(filters)];
  // "model" view: the model's own label, even where a reviewer has since set another
  const modelView = filters.labels === "model";
  const framing = passageFraming(filters);
  // compared as the enum, not cast to text, so that the (framing, outlet, date) index can serve it
  if (filters.framing?.length) parts.push(Prisma.sql`${framing} = ANY(${filters.framing}::"Framing"[])`);
  if (filters.labels === "human") parts.push(Prisma.sql`p.label_source = 'human'`);
  if (filters.uncertain) {
    const threshold = getEnv().UNCERTAIN_BELOW;
    parts.push(modelView
      ? Prisma.sql`COALESCE(p.model_confidence, p.confidence) < ${threshold}`
      : Prisma.sql`p.label_source = 'model' AND p.confidence < ${threshold}`);
  }
  if (filters.outlet?.length) parts.push(Prisma.sql`p.outlet_id IN (SELECT id FROM outlet WHERE name IN (${Prisma.join(filters.outlet)}))`);
  if (filters.from) parts.push(Prisma.sql`p.published_at >= ${fromDate(filters.from)}::date`);
  if (filters.to) parts.push(Prisma.sql`p.published_at < ${toDateExclusive(filters.to)}`);
  if (filters.q) parts.push(textContains(filters.q, filters.search ?? "trigrams"));
  if (filters.term) parts.push(containsTerm(filters.term));
  if (filters.lang?.length) {
    parts.push(Prisma.sql`p.article_id IN (SELECT id FROM article
      WHERE lower(language) = ANY(${filters.lang}::text[]) OR split_part(lower(language), '-', 1) = ANY(${filters.lang}::text[]))`);
  }
  if (filters.offtopic === "hide") {
    parts.push(Prisma.sql`NOT ${articleOffTopic(filters)}`);
  }
  return Prisma.join(parts, " AND ");
}

/** The passages a filter selects as rows (framing, outlet_id, month), a subquery to alias: what the charts count. */
export function passageCells(filters: PlannedFilters): Prisma.Sql {
  return Prisma.sql`(SELECT p.framing, p.outlet_id, date_trunc('month', p.published_at)::date AS month FROM passage p WHERE ${passageFilter(filters)})`;
}
