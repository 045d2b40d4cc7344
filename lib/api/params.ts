// The API routes' request parsing: the same parse as the view's page (lib/viewParams), plus the output options.
import { z } from "zod";
import type { Filters, Side } from "../schema";
import { type Parsed, parseFiltered, parseSelections, toRecord } from "../viewParams/parse";
import { formatSchema } from "./respond";

export { intParam, type Parsed } from "../viewParams/parse";

const single = (v: unknown) => (Array.isArray(v) ? v.at(-1) : v);
export const outputSchema = z.object({
  format: z.preprocess(single, formatSchema),
  download: z.preprocess(single, z.enum(["0", "1"]).default("0")).transform((v) => v === "1"),
});

const requestRecord = (request: Request) => toRecord(new URL(request.url).searchParams);

/** A route's whole query string: the filters (strict) and its own options. */
export function parseFilteredRequest<T extends z.ZodTypeAny>(request: Request, schema: T): Parsed<{ filters: Filters; options: z.infer<T> }> {
  return parseFiltered(requestRecord(request), schema);
}

/** The same for routes that compare two selections (a.<filter>, b.<filter>). */
export function parseSelectionsRequest<T extends z.ZodTypeAny>(request: Request, schema: T): Parsed<Record<Side, Filters> & { options: z.infer<T> }> {
  return parseSelections(requestRecord(request), schema);
}
