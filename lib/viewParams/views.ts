// Each view's query string, one parse for its page and its API route (lib/views/<view>.ts uses these): the
// filters and every option the view reads, API-only options included (a page ignores `table`, but a bad one is
// still a bad address). The output options (format, download) are the route wrapper's (lib/api/viewRoute.ts).
// `pageParamProblem` is how proxy.ts knows, before a page renders, that it must answer 400.
import { z } from "zod";
import { loadContestedTerms } from "../analysis/contestedTerms";
import { MARK_SEPARATOR } from "../articleAnchor";
import { COLLECTION_NAME_PATTERN, COLLECTION_NAME_RULE } from "../collectionName";
import { getEnv } from "../env";
import { resolveConcordanceTarget } from "../pipeline/resolveConcordanceTarget";
import { ARTICLE_ORDERS, type ConcordanceTarget } from "../queries/reads";
import { parseReviewParams } from "../review/reviewQueue";
import { type Filters, strictFiltersSchema } from "../schema";
import { intParam, type ParamRecord, type Parsed, parseFiltered, parseOptionRecord, parseSelections, toRecord } from "./parse";

export const overviewOptions = z.object({
  table: z.enum(["outlets", "months", "terms"]).default("outlets"),
  /** the month chart in passage counts or in shares of each month (page only; default: shares, counts under one framing) */
  months: z.enum(["counts", "shares"]).optional(),
});
export const passagesOptions = z.object({ page: intParam(1, 100_000, 1), pageSize: intParam(1, 1000, 50) });
export const articleListOptions = z.object({
  page: intParam(1, 100_000, 1), pageSize: intParam(1, 500, 50),
  /** newest or oldest first, or the articles with the most passages the filters select first */
  sort: z.enum(ARTICLE_ORDERS).default("newest"),
});
export const timelineOptions = z.object({ phrase: z.string().trim().max(100, "at most 100 characters").optional() });
export const concordanceOptions = z.object({
  phrase: z.string().trim().max(100, "at most 100 characters").optional(),
  contested: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, "use GROUP.NAME ids from data/contested-terms.json").optional(),
  sort: z.enum(["date", "left", "right"]).default("date"),
  limit: intParam(1, 5000, 500),
  /** characters of context on each side of the keyword */
  context: z.coerce.number().pipe(z.union([z.literal(40), z.literal(70), z.literal(120), z.literal(200)], { error: "use 40, 70, 120 or 200 (characters on each side)" })).default(70),
});
/** the contested-terms groups are data (CONTESTED_TERMS_PATH): a group must be one of those listed now */
export const contestedOptions = (groupIds: [string, ...string[]]) =>
  z.object({ group: z.enum(groupIds).optional(), by: z.enum(["outlet", "year", "framing", "forms"]).default("outlet") });
export const contestedGroupIds = () => loadContestedTerms(getEnv().CONTESTED_TERMS_PATH).map((g) => g.id) as [string, ...string[]];
export const keynessOptions = z.object({ limit: intParam(1, 500, 40), minArticles: intParam(1, 1000, 2), phrases: z.enum(["0", "1"]).default("1") });
export const compareOptions = z.object({ limit: intParam(1, 200, 25), table: z.enum(["mix", "separating", "frequent"]).default("mix") });
export const evaluationOptions = z.object({ table: z.enum(["scores", "schemes", "reliability", "registers", "subjects", "speakers"]).default("scores") });

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** the jobs the Add page follows, kept in the address so that a reload (or a shared link) shows them again */
export const addOptions = z.object({
  jobs: z.string().regex(new RegExp(`^(${UUID}(,${UUID}){0,199})?$`, "i"), "use up to 200 job ids (UUIDs) separated by commas").optional()
    .transform((s) => (s ? s.split(",") : [])),
});

/** the article page: the words to mark in its passages (lib/articleAnchor.ts) */
export const articleOptions = z.object({
  mark: z.string().max(300, "at most 300 characters").optional()
    .transform((s) => (s ? s.split(MARK_SEPARATOR).map((f) => f.trim()).filter(Boolean).slice(0, 20) : [])),
  find: z.string().trim().max(100, "at most 100 characters").optional(),
  /** the collection the reader came from: the way back returns to its overview */
  collection: z.string().regex(COLLECTION_NAME_PATTERN, COLLECTION_NAME_RULE).optional(),
});

/** the reuse view: clusters ranked by the outlets or the articles that carry them */
export const reuseOptions = z.object({ rank: z.enum(["outlets", "articles"]).default("outlets"), limit: intParam(1, 500, 50) });
/** A story of reuse's id as its address writes it: ids start at 1, and any other path segment names no story. */
const STORY_ID = /^[1-9]\d{0,9}$/;
export const isStoryId = (segment: string): boolean => STORY_ID.test(segment);

export const reuseClusterOptions = z.object({
  id: z.coerce.number({ error: "a cluster id (a whole number)" }).int("a whole number").positive("a positive number"),
  collection: strictFiltersSchema.shape.collection,
});
export const reuseOutletOptions = z.object({
  outlet: z.string().trim().max(200, "at most 200 characters").optional(), collection: strictFiltersSchema.shape.collection,
});

export const parseOverviewParams = (r: ParamRecord) => parseFiltered(r, overviewOptions);
export const parsePassagesParams = (r: ParamRecord) => parseFiltered(r, passagesOptions);
export const parseArticleListParams = (r: ParamRecord) => parseFiltered(r, articleListOptions);
export const parseTimelineParams = (r: ParamRecord) => parseFiltered(r, timelineOptions);
export const parseContestedParams = (r: ParamRecord, groupIds = contestedGroupIds()) => parseFiltered(r, contestedOptions(groupIds));
export const parseKeynessParams = (r: ParamRecord) => parseSelections(r, keynessOptions);
export const parseCompareParams = (r: ParamRecord) => parseSelections(r, compareOptions);
export const parseEvaluationParams = (r: ParamRecord) => parseOptionRecord(evaluationOptions, r);
export const parseAddParams = (r: ParamRecord) => parseOptionRecord(addOptions, r);
export const parseReuseParams = (r: ParamRecord) => parseFiltered(r, reuseOptions);
export const parseReuseClusterParams = (r: ParamRecord) => parseOptionRecord(reuseClusterOptions, r);
export const parseReuseOutletParams = (r: ParamRecord) => parseOptionRecord(reuseOutletOptions, r);
export const parseArticleParams = (r: ParamRecord) => parseOptionRecord(articleOptions, r);

/**
 * The concordance's filters and options, and what it looks for: a term, a typed phrase or a contested name
 * (null when none is given: the page then asks for one). A name not in the list, or a phrase without words, is
 * a bad parameter like any other.
 */
export type ConcordanceParams = { filters: Filters; options: z.infer<typeof concordanceOptions>; target: { value: ConcordanceTarget; label: string } | null };
export function parseConcordanceParams(r: ParamRecord): Parsed<ConcordanceParams> {
  const parsed = parseFiltered(r, concordanceOptions);
  if (!parsed.ok) return parsed;
  const { filters, options } = parsed.value;
  const given = { term: filters.term, phrase: options.phrase || undefined, contested: options.contested };
  if (!given.term && !given.phrase && !given.contested) return { ok: true, value: { ...parsed.value, target: null } };
  const target = resolveConcordanceTarget(given);
  return target.ok ? { ok: true, value: { ...parsed.value, target: { value: target.value, label: target.label } } } : target;
}

/** Every parse a page's address goes through (a page may show several views). */
const PAGES: Record<string, ((r: ParamRecord) => Parsed<unknown>)[]> = {
  "/": [parseOverviewParams, parsePassagesParams],
  "/keyness": [parseKeynessParams],
  "/compare": [parseCompareParams],
  "/concordance": [parseConcordanceParams, parseTimelineParams],
  "/contested": [(r) => parseContestedParams(r)],
  "/evaluation": [parseEvaluationParams],
  "/review": [parseReviewParams],
  "/add": [parseAddParams],
  "/articles": [parseArticleListParams],
  "/reuse": [parseReuseParams],
  "/reuse/outlets": [parseReuseOutletParams],
};

/** The first bad parameter of a page's address (its first view's first problem), or null (also for other paths). */
export function pageParamProblem(pathname: string, params: URLSearchParams): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  const record = toRecord(params);
  // a story of reuse: its id is in the path (a path that is no id is the page's 404, not a bad parameter)
  const story = /^\/reuse\/([^/]+)$/.exec(path)?.[1];
  const parses = PAGES[path]
    ?? (/^\/articles\/[^/]+$/.test(path) ? [parseArticleParams] : story && isStoryId(story) ? [(r: ParamRecord) => parseReuseClusterParams({ ...r, id: story })] : []);
  for (const parse of parses) {
    const r = parse(record);
    if (!r.ok) return r.error;
  }
  return null;
}
