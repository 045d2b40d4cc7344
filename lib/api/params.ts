// Shared request parsing for the API routes: filters (strict), two-sided selections, options, format.
import { z } from "zod";
import { type Filters, parseFiltersStrict, searchParamsToRecord, sideRecord, type Side } from "../schema";
import { describeIssue, formatSchema } from "./respond";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const FILTER_KEYS = new Set(["framing", "outlet", "from", "to", "q", "term", "uncertain", "labels"]);

function requestRecord(request: Request): Record<string, string | string[]> {
  return searchParamsToRecord(new URL(request.url).searchParams);
}

function parseFilters(record: Record<string, string | string[]>): Parsed<Filters> {
  const onlyFilters = Object.fromEntries(Object.entries(record).filter(([k]) => FILTER_KEYS.has(k)));
  const r = parseFiltersStrict(onlyFilters);
  return r.ok ? { ok: true, value: r.filters } : r;
}

function parseSelections(record: Record<string, string | string[]>): Parsed<Record<Side, Filters>> {
  const out: Partial<Record<Side, Filters>> = {};
  for (const side of ["a", "b"] as const) {
    const r = parseFilters(sideRecord(record, side));
    if (!r.ok) return { ok: false, error: r.error.replace('bad parameter "', `bad parameter "${side}.`) };
    out[side] = r.value;
  }
  return { ok: true, value: out as Record<Side, Filters> };
}

const single = (v: unknown) => (Array.isArray(v) ? v.at(-1) : v);
export const outputSchema = z.object({
  format: z.preprocess(single, formatSchema),
  download: z.preprocess(single, z.enum(["0", "1"]).default("0")).transform((v) => v === "1"),
});

/** Options beyond the filters, validated by the route's own schema (single values only). */
function parseOptions<T extends z.ZodTypeAny>(schema: T, record: Record<string, string | string[]>): Parsed<z.infer<T>> {
  const singles = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, single(v)]));
  const r = schema.safeParse(singles);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: describeIssue(r.error) };
}

export const intParam = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** A route's whole query string: the filters (strict) and its own options. */
export function parseFilteredRequest<T extends z.ZodTypeAny>(request: Request, schema: T): Parsed<{ filters: Filters; options: z.infer<T> }> {
  const record = requestRecord(request);
  const filters = parseFilters(record);
  if (!filters.ok) return filters;
  const options = parseOptions(schema, record);
  return options.ok ? { ok: true, value: { filters: filters.value, options: options.value } } : options;
}

/** The same for routes that compare two selections (a.<filter>, b.<filter>). */
export function parseSelectionsRequest<T extends z.ZodTypeAny>(request: Request, schema: T): Parsed<Record<Side, Filters> & { options: z.infer<T> }> {
  const record = requestRecord(request);
  const selections = parseSelections(record);
  if (!selections.ok) return selections;
  const options = parseOptions(schema, record);
  return options.ok ? { ok: true, value: { ...selections.value, options: options.value } } : options;
}
