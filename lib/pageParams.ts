// Pages read their URL leniently (a malformed value is dropped, not an error page); the API is strict.
import { type Filters, filtersSchema, searchParamsToRecord, sideRecord, type Side } from "./schema";

export type PageSearchParams = Record<string, string | string[] | undefined>;

export function pageRecord(params: PageSearchParams): Record<string, string | string[]> {
  return searchParamsToRecord(params);
}

export function pageSelections(params: PageSearchParams, defaults: Record<Side, Partial<Filters>>): Record<Side, Filters> {
  const record = pageRecord(params);
  const given = Object.keys(record).some((k) => k.startsWith("a.") || k.startsWith("b."));
  const parse = (side: Side) => {
    const r = filtersSchema.safeParse(sideRecord(record, side));
    const filters = r.success ? r.data : filtersSchema.parse({});
    return given ? filters : { ...filters, ...defaults[side] };
  };
  return { a: parse("a"), b: parse("b") };
}

export function single(params: PageSearchParams, key: string): string | undefined {
  const v = params[key];
  return Array.isArray(v) ? v.at(-1) : v;
}
