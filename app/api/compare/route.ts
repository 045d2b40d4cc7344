// GET /api/compare — two selections side by side: framing mix, and the terms that separate them.
import { badRequest, respond } from "@/lib/api/respond";
import { intParam, outputSchema, parseSelectionsRequest } from "@/lib/api/params";
import { getFramingMix } from "@/lib/queries/reads";
import { getKeyness } from "@/lib/queries/reads/keyness";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({ limit: intParam(1, 200, 25) });

export async function GET(request: Request) {
  const parsed = parseSelectionsRequest(request, optionsSchema);
  if (!parsed.ok) return badRequest(parsed.error);
  const { a, b, options } = parsed.value;
  const [mixA, mixB, separating] = await Promise.all([getFramingMix(a), getFramingMix(b), getKeyness(a, b, { limit: options.limit })]);
  const table = [{ side: "A", ...mixA }, { side: "B", ...mixB }];
  return respond("compare", `${describeFilters(a, "A-")}_${describeFilters(b, "B-")}`, options.format, { a, b, mixA, mixB, separating }, table, options.download);
}
