// GET /api/compare — two selections side by side: framing mix, and the terms that separate them.
import { badRequest, respond } from "@/lib/api/respond";
import { intParam, outputSchema, parseOptions, parseSelections, requestRecord } from "@/lib/api/params";
import { getFramingMix } from "@/lib/queries/getFramingMix";
import { getKeyness } from "@/lib/queries/getKeyness";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({ limit: intParam(1, 200, 25) });

export async function GET(request: Request) {
  const record = requestRecord(request);
  const selections = parseSelections(record);
  if (!selections.ok) return badRequest(selections.error);
  const options = parseOptions(optionsSchema, record);
  if (!options.ok) return badRequest(options.error);
  const { a, b } = selections.value;
  const [mixA, mixB, separating] = await Promise.all([getFramingMix(a), getFramingMix(b), getKeyness(a, b, { limit: options.value.limit })]);
  const table = [{ side: "A", ...mixA }, { side: "B", ...mixB }];
  return respond("compare", `${describeFilters(a, "A-")}_${describeFilters(b, "B-")}`, options.value.format, { a, b, mixA, mixB, separating }, table, options.value.download);
}
