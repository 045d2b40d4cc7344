// GET /api/timeline — per month: passages per framing, or (with term/phrase) the term's occurrences per framing.
import { z } from "zod";
import { badRequest, respond } from "@/lib/api/respond";
import { outputSchema, parseFilters, parseOptions, requestRecord } from "@/lib/api/params";
import { termKey } from "@/lib/analysis/terms";
import { getFramingByMonth } from "@/lib/queries/getFramingByMonth";
import { getTermTimeline } from "@/lib/queries/getTermTimeline";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({ phrase: z.string().trim().max(100).optional() });

export async function GET(request: Request) {
  const record = requestRecord(request);
  const filters = parseFilters(record);
  if (!filters.ok) return badRequest(filters.error);
  const options = parseOptions(optionsSchema, record);
  if (!options.ok) return badRequest(options.error);
  const term = options.value.phrase ? termKey(options.value.phrase) : filters.value.term;
  const { format, download } = options.value;
  if (term) {
    const rows = await getTermTimeline({ ...filters.value, term });
    return respond("timeline-term", describeFilters({ ...filters.value, term }), format, { filters: filters.value, term, months: rows }, rows, download);
  }
  const rows = await getFramingByMonth(filters.value);
  return respond("timeline", describeFilters(filters.value), format, { filters: filters.value, months: rows }, rows, download);
}
