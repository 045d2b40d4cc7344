// GET /api/overview — passages per framing by outlet and by month, and top terms per framing.
import { z } from "zod";
import { badRequest, respond, sampledView } from "@/lib/api/respond";
import { outputSchema, parseFilteredRequest } from "@/lib/api/params";
import { getFramingBreakdown } from "@/lib/queries/reads";
import { getTopTermsAndSample } from "@/lib/queries/reads";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({ table: z.enum(["outlets", "months", "terms"]).default("outlets") });

export async function GET(request: Request) {
  const parsed = parseFilteredRequest(request, optionsSchema);
  if (!parsed.ok) return badRequest(parsed.error);
  const { filters, options } = parsed.value;
  const [{ byOutlet, byMonth }, { topTerms, sample }] = await Promise.all([
    getFramingBreakdown(filters), getTopTermsAndSample(filters),
  ]);
  const { table, format, download } = options;
  const rows = { outlets: byOutlet, months: byMonth, terms: topTerms }[table];
  const view = table === "terms" ? sampledView("overview-terms", sample) : `overview-${table}`;
  return respond(view, describeFilters(filters), format, { filters, byOutlet, byMonth, topTerms, topTermsSample: sample }, rows, download);
}
