// GET /api/passages — the passages behind any number, paginated.
import { badRequest, respond } from "@/lib/api/respond";
import { intParam, outputSchema, parseFilteredRequest } from "@/lib/api/params";
import { getPassages } from "@/lib/queries/reads";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({ page: intParam(1, 100_000, 1), pageSize: intParam(1, 1000, 50) });

export async function GET(request: Request) {
  const parsed = parseFilteredRequest(request, optionsSchema);
  if (!parsed.ok) return badRequest(parsed.error);
  const { filters, options } = parsed.value;
  const { page, pageSize, format, download } = options;
  const result = await getPassages(filters, page, pageSize);
  return respond("passages", describeFilters(filters), format, { filters, page, pageSize, ...result }, result.rows, download);
}
