// The tail of every view's route: JSON, or CSV for download, in a file named after the view and its filters.
import { z } from "zod";
import { toCsv } from "../export/toCsv";

export const formatSchema = z.enum(["json", "csv"]).default("json");

/** `name`: the file's name after "narrative-lens_", without its extension (lib/views/view.ts, fileName). */
export function respond(name: string, format: "json" | "csv", json: unknown, table: object[], download: boolean): Response {
  const filename = `narrative-lens_${name}.${format}`;
  const disposition: Record<string, string> = download || format === "csv" ? { "content-disposition": `attachment; filename="${filename}"` } : {};
  if (format === "csv") return new Response(toCsv(table), { headers: { "content-type": "text/csv; charset=utf-8", ...disposition } });
  return Response.json(json, { headers: disposition });
}

export function badRequest(message: string): Response {
  return Response.json({ error: message }, { status: 400 });
}

/** The first zod issue as "bad parameter "name": message". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `bad parameter "${issue.path.join(".") || "?"}": ${issue.message}`;
}
