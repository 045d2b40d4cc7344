// One parse of a query string for a page and its API route alike: the filters (strict), two-sided selections,
// and a view's own options. The first problem comes back as `bad parameter "name": what is allowed`, which the
// route answers with a 400 and the page shows (proxy.ts gives the page its 400). Unknown parameters are ignored.
import { z } from "zod";
import { type Filters, parseFiltersStrict, searchParamsToRecord, sideRecord, type Side, strictFiltersSchema } from "../schema";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
export type ParamRecord = Record<string, string | string[]>;
export type PageSearchParams = Record<string, string | string[] | undefined>;

const FILTER_KEYS = new Set(Object.keys(strictFiltersSchema.shape));

export const toRecord = (params: URLSearchParams | PageSearchParams): ParamRecord => searchParamsToRecord(params);

/** The first zod issue as "bad parameter "name": message"; a repeated parameter is named, not its n-th value. */
export function describeParamIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `bad parameter "${issue.path.filter((p) => typeof p !== "number").join(".") || "?"}": ${issue.message}`;
}

export function parseFilterRecord(record: ParamRecord): Parsed<Filters> {
  const onlyFilters = Object.fromEntries(Object.entries(record).filter(([k]) => FILTER_KEYS.has(k)));
  const r = parseFiltersStrict(onlyFilters);
  return r.ok ? { ok: true, value: r.filters } : r;
}

export function parseSelectionRecord(record: ParamRecord): Parsed<Record<Side, Filters>> {
  const out: Partial<Record<Side, Filters>> = {};
  for (const side of ["a", "b"] as const) {
    const r = parseFilterRecord(sideRecord(record, side));
    if (!r.ok) return { ok: false, error: r.error.replace('bad parameter "', `bad parameter "${side}.`) };
    out[side] = r.value;
  }
  return { ok: true, value: out as Record<Side, Filters> };
}

const single = (v: unknown) => (Array.isArray(v) ? v.at(-1) : v);

/**
 * Options beyond the filters, validated by the view's own schema (single values only: the last one wins). A blank
 * value is an absent one, as a form's empty field is meant.
 */
export function parseOptionRecord<T extends z.ZodTypeAny>(schema: T, record: ParamRecord): Parsed<z.infer<T>> {
  const singles = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, single(v)]).filter(([, v]) => v !== ""));
  const r = schema.safeParse(singles);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: describeParamIssue(r.error) };
}

export function parseFiltered<T extends z.ZodTypeAny>(record: ParamRecord, schema: T): Parsed<{ filters: Filters; options: z.infer<T> }> {
  const filters = parseFilterRecord(record);
  if (!filters.ok) return filters;
  const options = parseOptionRecord(schema, record);
  return options.ok ? { ok: true, value: { filters: filters.value, options: options.value } } : options;
}

export function parseSelections<T extends z.ZodTypeAny>(record: ParamRecord, schema: T): Parsed<Record<Side, Filters> & { options: z.infer<T> }> {
  const selections = parseSelectionRecord(record);
  if (!selections.ok) return selections;
  const options = parseOptionRecord(schema, record);
  return options.ok ? { ok: true, value: { ...selections.value, options: options.value } } : options;
}

/**
 * What a form can still show when the address has a bad parameter: each filter kept if it parses on its own,
 * dropped if not, so that the user sees the rest of the selection and can fix the one value.
 */
export function salvageFilters(record: ParamRecord): Filters {
  const shape = strictFiltersSchema.shape;
  const kept = Object.fromEntries((Object.keys(shape) as (keyof typeof shape)[])
    .filter((k) => shape[k].safeParse(record[k]).success && record[k] !== undefined).map((k) => [k, record[k]]));
  return strictFiltersSchema.parse(kept);
}

export const intParam = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);
