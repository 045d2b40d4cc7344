// GET /api/passages — the passages behind any number, paginated.
import { badRequest, respond } from "@/lib/api/respond";
import { intParam, outputSchema, parseFilters, parseOptions, requestRecord } from "@/lib/api/params";
import { getPassages } from "@/lib/queries/getPassages";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({ page: intParam(1, 100_000, 1), pageSize: intParam(1, 1000, 50) });

export async function GET(request: Request) {
  const record = requestRecord(request);
  const filters = parseFilters(record);
  if (!filters.ok) return badRequest(filters.error);
  const options = parseOptions(optionsSchema, record);
  if (!options.ok) return badRequest(options.error);
  const { page, pageSize, format, download } = options.value;
  const result = await getPassages(filters.value, page, pageSize);
  return respond("passages", describeFilters(filters.value), format, { filters: filters.value, page, pageSize, ...result }, result.rows, download);
}
