// The tail of every API route: JSON, or CSV for download, named after the view and its filters.
import { z } from "zod";
import { toCsv } from "../export/toCsv";
import type { TermSample } from "../queries/plan";

export const formatSchema = z.enum(["json", "csv"]).default("json");

export function respond(view: string, filtersDescription: string, format: "json" | "csv", json: unknown, table: object[], download: boolean): Response {
  const filename = `narrative-lens_${view}${filtersDescription ? `_${filtersDescription}` : ""}.${format}`;
  const disposition: Record<string, string> = download || format === "csv" ? { "content-disposition": `attachment; filename="${filename}"` } : {};
  if (format === "csv") return new Response(toCsv(table), { headers: { "content-type": "text/csv; charset=utf-8", ...disposition } });
  return Response.json(json, { headers: disposition });
}

/** A view's name for its file, marked when its rows were counted in a sample: a CSV carries no note of its own. */
export function sampledView(view: string, sample: TermSample | null): string {
  return sample ? `${view}-sample-${sample.percent}pct` : view;
}

export function badRequest(message: string): Response {
  return Response.json({ error: message }, { status: 400 });
}

/** The first zod issue as "bad parameter "name": message". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `bad parameter "${issue.path.join(".") || "?"}": ${issue.message}`;
}
