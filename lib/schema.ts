// Shared zod fragments: the dashboard's filters, parsed once from the URL (pages and API alike).
import { z } from "zod";
import { framingSchema } from "./classify/labels";

const many = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : (Array.isArray(v) ? v : [v])).filter((x) => x !== ""), z.array(item));

const month = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "use YYYY-MM or YYYY-MM-DD");

export const filtersSchema = z.object({
  framing: many(framingSchema).default([]),
  outlet: many(z.string().min(1).max(200)).default([]),
  from: month.optional().catch(undefined),
  to: month.optional().catch(undefined),
  q: z.string().trim().max(200).optional().transform((v) => v || undefined),
  /** a term stem, set by clicking a term */
  term: z.string().trim().max(100).optional().transform((v) => v || undefined),
});
export type Filters = z.infer<typeof filtersSchema>;

export const EMPTY_FILTERS: Filters = { framing: [], outlet: [], from: undefined, to: undefined, q: undefined, term: undefined };

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

export function parseFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): Filters {
  const parsed = filtersSchema.safeParse(searchParamsToRecord(params));
  return parsed.success ? parsed.data : EMPTY_FILTERS;
}

/** Filters → query string, the inverse of parseFilters (empty values left out). */
export function filtersToQuery(filters: Partial<Filters>): string {
  const params = new URLSearchParams();
  for (const f of filters.framing ?? []) params.append("framing", f);
  for (const o of filters.outlet ?? []) params.append("outlet", o);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.q) params.set("q", filters.q);
  if (filters.term) params.set("term", filters.term);
  const s = params.toString();
  return s ? `?${s}` : "";
}
