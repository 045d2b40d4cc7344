// GET /api/timeline — per month: passages per framing, or (with term/phrase) the term's occurrences per framing.
import { z } from "zod";
import { badRequest, respond } from "@/lib/api/respond";
import { outputSchema, parseFilteredRequest } from "@/lib/api/params";
import { termKey } from "@/lib/analysis/terms";
import { getFramingByMonth } from "@/lib/queries/reads";
import { getTermTimeline } from "@/lib/queries/reads";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({ phrase: z.string().trim().max(100).optional() });

export async function GET(request: Request) {
  const parsed = parseFilteredRequest(request, optionsSchema);
  if (!parsed.ok) return badRequest(parsed.error);
  const { filters, options } = parsed.value;
  const term = options.phrase ? termKey(options.phrase) : filters.term;
  const { format, download } = options;
  if (term) {
    const rows = await getTermTimeline({ ...filters, term });
    return respond("timeline-term", describeFilters({ ...filters, term }), format, { filters, term, months: rows }, rows, download);
  }
  const rows = await getFramingByMonth(filters);
  return respond("timeline", describeFilters(filters), format, { filters, months: rows }, rows, download);
}
