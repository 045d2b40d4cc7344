// GET /api/overview — passages per framing by outlet and by month, and top terms per framing.
import { z } from "zod";
import { badRequest, respond } from "@/lib/api/respond";
import { outputSchema, parseFilters, parseOptions, requestRecord } from "@/lib/api/params";
import { getFramingByMonth } from "@/lib/queries/getFramingByMonth";
import { getFramingByOutlet } from "@/lib/queries/getFramingByOutlet";
import { getTopTerms } from "@/lib/queries/getTopTerms";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({ table: z.enum(["outlets", "months", "terms"]).default("outlets") });

export async function GET(request: Request) {
  const record = requestRecord(request);
  const filters = parseFilters(record);
  if (!filters.ok) return badRequest(filters.error);
  const options = parseOptions(optionsSchema, record);
  if (!options.ok) return badRequest(options.error);
  const [byOutlet, byMonth, topTerms] = await Promise.all([getFramingByOutlet(filters.value), getFramingByMonth(filters.value), getTopTerms(filters.value)]);
  const { table, format, download } = options.value;
  const rows = { outlets: byOutlet, months: byMonth, terms: topTerms }[table];
  return respond(`overview-${table}`, describeFilters(filters.value), format, { filters: filters.value, byOutlet, byMonth, topTerms }, rows, download);
}
