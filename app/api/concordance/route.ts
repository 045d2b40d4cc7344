// GET /api/concordance — keyword-in-context lines for a term, a typed phrase or a contested-terms name.
import { badRequest, respond } from "@/lib/api/respond";
import { intParam, outputSchema, parseFilteredRequest } from "@/lib/api/params";
import { resolveConcordanceTarget } from "@/lib/pipeline/resolveConcordanceTarget";
import { getConcordance } from "@/lib/queries/reads";
import { describeFilters } from "@/lib/schema";
import { concordanceOptions } from "@/lib/viewParams";

const optionsSchema = outputSchema.extend(concordanceOptions.shape).extend({ limit: intParam(1, 5000, 500) });

export async function GET(request: Request) {
  const parsed = parseFilteredRequest(request, optionsSchema);
  if (!parsed.ok) return badRequest(parsed.error);
  const { filters, options } = parsed.value;
  const { phrase, contested, sort, limit, format, download } = options;
  const target = resolveConcordanceTarget({ term: filters.term, phrase, contested });
  if (!target.ok) return badRequest(target.error);
  const result = await getConcordance(filters, target.value, sort, limit);
  return respond("concordance", describeFilters({ ...filters, term: target.label }), format, { filters, target: target.label, sort, ...result }, result.lines, download);
}
