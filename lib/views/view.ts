// A view: what a page shows and its API route returns, written once. Its parameters (one parse, lib/viewParams),
// its loader (the public reads of lib/queries), and, for views that download, the rows of its CSV and the file's
// name. The page renders what `load` returns and the route (lib/api/viewRoute.ts) answers it, so they cannot drift.
import type { ParamRecord, Parsed } from "../viewParams/parse";

export interface View<P, D> {
  parse(record: ParamRecord): Parsed<P>;
  load(params: P): Promise<D>;
  /** what the API needs beyond what the page can do without (the concordance a target the page asks for), or null */
  apiProblem?(params: P): string | null;
  /** the CSV's rows and the downloaded file's name; a view without them answers JSON only */
  file?: { table(data: D, params: P): object[]; name(data: D, params: P): string };
  /** the data names nothing stored (a cluster id no cluster has, a collection no collection is called): the route answers 404 with this message */
  notFound?(data: D): string | null;
  /** answers that must never be reused by a cache (the review queue changes with every label) */
  noStore?: boolean;
}

export const defineView = <P, D>(view: View<P, D>): View<P, D> => view;

/** The parameters a view's parse gives back, and the data its loader returns. */
export type ParamsOf<V> = V extends { parse(record: ParamRecord): Parsed<infer P> } ? P : never;
export type DataOf<V> = V extends { load(params: never): Promise<infer D> } ? D : never;

/** A file's name after "narrative-lens_": the view, then its filters ("keyness_A-framing-testimony_B-…"). */
export const fileName = (view: string, filters: string) => (filters ? `${view}_${filters}` : view);

/** A view's name for its file, marked when its rows were counted in a sample: a CSV carries no note of its own. */
export const sampled = (view: string, sample: { percent: number } | null) => (sample ? `${view}-sample-${sample.percent}pct` : view);
