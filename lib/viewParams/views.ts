// Each view's query string, one parse for its page and its API route: the route extends the view's options
// with its own (format, limit…), the page reads the same filters and options. `pageParamProblem` is how
// proxy.ts knows, before the page renders, that it must answer 400.
import { z } from "zod";
import { loadContestedTerms } from "../analysis/contestedTerms";
import { getEnv } from "../env";
import { parseReviewParams } from "../review/reviewQueue";
import { intParam, type ParamRecord, type Parsed, parseFiltered, parseOptionRecord, parseSelections, toRecord } from "./parse";

export const overviewOptions = z.object({ page: intParam(1, 100_000, 1) });
export const concordanceOptions = z.object({
  phrase: z.string().trim().max(100, "at most 100 characters").optional(),
  contested: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, "use GROUP.NAME ids from data/contested-terms.json").optional(),
  sort: z.enum(["date", "left", "right"]).default("date"),
});
/** the contested-terms groups are data (CONTESTED_TERMS_PATH): a group must be one of those listed now */
export const contestedOptions = (groupIds: [string, ...string[]]) => z.object({ group: z.enum(groupIds).optional() });
export const contestedGroupIds = () => loadContestedTerms(getEnv().CONTESTED_TERMS_PATH).map((g) => g.id) as [string, ...string[]];
export const selectionOptions = z.object({});

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** the jobs the Add page follows, kept in the address so that a reload (or a shared link) shows them again */
export const addOptions = z.object({
  jobs: z.string().regex(new RegExp(`^(${UUID}(,${UUID}){0,199})?$`, "i"), "use up to 200 job ids (UUIDs) separated by commas").optional()
    .transform((s) => (s ? s.split(",") : [])),
});

export const parseOverviewParams = (r: ParamRecord) => parseFiltered(r, overviewOptions);
export const parseConcordanceParams = (r: ParamRecord) => parseFiltered(r, concordanceOptions);
export const parseContestedParams = (r: ParamRecord, groupIds = contestedGroupIds()) => parseFiltered(r, contestedOptions(groupIds));
export const parseKeynessParams = (r: ParamRecord) => parseSelections(r, selectionOptions);
export const parseCompareParams = (r: ParamRecord) => parseSelections(r, selectionOptions);
export const parseAddParams = (r: ParamRecord) => parseOptionRecord(addOptions, r);

const PAGES: Record<string, (r: ParamRecord) => Parsed<unknown>> = {
  "/": parseOverviewParams,
  "/keyness": parseKeynessParams,
  "/compare": parseCompareParams,
  "/concordance": parseConcordanceParams,
  "/contested": (r) => parseContestedParams(r),
  "/review": parseReviewParams,
  "/add": parseAddParams,
};

/** The bad parameter of a page's address, or null (also for paths that are not such a page). */
export function pageParamProblem(pathname: string, params: URLSearchParams): string | null {
  const parse = PAGES[pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname];
  if (!parse) return null;
  const r = parse(toRecord(params));
  return r.ok ? null : r.error;
}
