// Shared zod fragments: the dashboard's filters, parsed once from the URL (pages and API alike).
import { z } from "zod";
import { framingSchema } from "./classify/labels";
import { COLLECTION_NAME_PATTERN, COLLECTION_NAME_RULE } from "./collectionName";

const many = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : (Array.isArray(v) ? v : [v])).filter((x) => x !== ""), z.array(item));

// a real month or day: "2020-13" or "2021-02-30" would pass a pattern and then break the query's date cast
const isCalendarDate = (v: string) => {
  const [y, m, d = 1] = v.split("-").map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
// a form's empty field (from=) means no value, as an absent parameter does
const blankIsAbsent = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema);
const month = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "use YYYY-MM or YYYY-MM-DD").refine(isCalendarDate, "use a real month (01-12) or day, as YYYY-MM or YYYY-MM-DD");
export const LABEL_VIEWS = ["both", "model", "human"] as const;
export const labelViewSchema = z.enum(LABEL_VIEWS);
export type LabelView = z.infer<typeof labelViewSchema>;
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || undefined);

/** Strict: a page or API route answers 400 naming the parameter when this fails (lib/viewParams.ts). */
export const strictFiltersSchema = z.object({
  /** the collection counted (lib/queries/sql/collectionFilter.ts); the default collection when absent */
  collection: blankIsAbsent(z.string().regex(COLLECTION_NAME_PATTERN, COLLECTION_NAME_RULE).optional()),
  framing: many(framingSchema).default([]),
  outlet: many(z.string().min(1).max(200)).default([]),
  from: blankIsAbsent(month.optional()),
  to: blankIsAbsent(month.optional()),
  q: optionalText(200),
  /** a term's stem key (words' stems joined by spaces), set by clicking a term */
  term: optionalText(100),
  /** "1": only model labels whose calibrated confidence is below UNCERTAIN_BELOW */
  uncertain: blankIsAbsent(z.enum(["1"]).optional()),
  /** whose labels: the model's, reviewers' only, or both (the label in force, human over model; the default) */
  labels: blankIsAbsent(labelViewSchema.optional()),
  /** the articles' languages: "zh" takes zh, zh-CN, zh-Hant…; "zh-cn" only zh-CN */
  lang: many(z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, "use a language tag such as zh, en or pt-BR").transform((t) => t.toLowerCase())).default([]),

  /** "hide": leave out the passages of articles flagged off-topic in the collection read (decision 013) */
  offtopic: blankIsAbsent(z.enum(["hide"], { message: 'use offtopic=hide to hide the passages of articles flagged off-topic, or leave it out' }).optional()),
});
export type Filters = z.infer<typeof strictFiltersSchema>;

// a month as "from" starts on its first day and as "to" ends on its last; "-31" sorts after any real day
const rangeStart = (v: string) => (v.length === 7 ? `${v}-01` : v);
const rangeEnd = (v: string) => (v.length === 7 ? `${v}-31` : v);

/** A date range runs forwards: a reversed one matches nothing, so it is refused naming both ends, not shown empty. */
export function checkDateOrder(f: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (f.from && f.to && rangeStart(f.from) > rangeEnd(f.to)) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `"from" (${f.from}) is after "to" (${f.to}): swap them, or clear one` });
  }
}

/** The filters with their cross-field rule; strictFiltersSchema stays a plain object for its shape. */
export const filtersSchema = strictFiltersSchema.superRefine(checkDateOrder);

export const EMPTY_FILTERS: Filters = { framing: [], outlet: [], from: undefined, to: undefined, q: undefined, term: undefined, lang: [] };

/** Next's searchParams / URLSearchParams → plain record with repeated keys as arrays. */
export function searchParamsToRecord(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const entries: [string, string][] = params instanceof URLSearchParams
    ? [...params.entries()]
    : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x])));
  for (const [k, v] of entries) {
    const prev = out[k];
    out[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
  }
  return out;
}

/** Values that are the same as leaving the parameter out, and so are left out of links. */
const IMPLIED: Partial<Record<keyof Filters, string>> = { labels: "both" };

/** Filters → query string, the inverse of parseFilterRecord: every set filter in the schema's order, empty values left out. */
export function filtersToQuery(filters: Partial<Filters>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(strictFiltersSchema.shape) as (keyof Filters)[]) {
    const value = filters[key];
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== "" && v !== IMPLIED[key]) params.append(key, String(v));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Parses filters for the API: the first problem, with the parameter's name, or the filters. */
export function parseFiltersStrict(record: Record<string, string | string[]>): { ok: true; filters: Filters } | { ok: false; error: string } {
  const parsed = filtersSchema.safeParse(record);
  if (parsed.success) return { ok: true, filters: parsed.data };
  // a repeated parameter (framing=…&framing=…) is named, not its n-th value
  const name = parsed.error.issues[0].path.filter((p) => typeof p !== "number").join(".");
  return { ok: false, error: `bad parameter "${name || "?"}": ${parsed.error.issues[0].message}` };
}

// Two selections to compare (keyness, compare view): shared filters unprefixed, each side's own under
// "a." and "b." — e.g. ?a.framing=testimony&b.framing=official, or ?a.outlet=X&b.outlet=Y&framing=critical.
export type Side = "a" | "b";

export function sideRecord(record: Record<string, string | string[]>, side: Side): Record<string, string | string[]> {
  const base = Object.fromEntries(Object.entries(record).filter(([k]) => !k.includes(".")));
  const own = Object.fromEntries(Object.entries(record).filter(([k]) => k.startsWith(`${side}.`)).map(([k, v]) => [k.slice(2), v]));
  return { ...base, ...own };
}

export function selectionsToQuery(a: Partial<Filters>, b: Partial<Filters>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [side, filters] of [["a", a], ["b", b]] as const) {
    new URLSearchParams(filtersToQuery(filters).slice(1)).forEach((v, k) => params.append(`${side}.${k}`, v));
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** A short, file-name-safe description of filters: "framing-testimony_outlet-x". */
export function describeFilters(filters: Partial<Filters>, prefix = ""): string {
  return new URLSearchParams(filtersToQuery(filters).slice(1)).toString()
    .split("&").filter(Boolean)
    .map((kv) => `${prefix}${decodeURIComponent(kv.replace(/\+/g, " ")).replace("=", "-")}`)
    .join("_").replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 150);
}
