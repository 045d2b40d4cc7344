// GET /api/keyness — terms typical of selection A vs B (and B vs A). See docs/api.md.
import { z } from "zod";
import { badRequest, respond } from "@/lib/api/respond";
import { intParam, outputSchema, parseOptions, parseSelections, requestRecord } from "@/lib/api/params";
import { getKeyness } from "@/lib/queries/getKeyness";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({
  limit: intParam(1, 500, 40),
  minArticles: intParam(1, 1000, 2),
  phrases: z.enum(["0", "1"]).default("1"),
});

export async function GET(request: Request) {
  const record = requestRecord(request);
  const selections = parseSelections(record);
  if (!selections.ok) return badRequest(selections.error);
  const options = parseOptions(optionsSchema, record);
  if (!options.ok) return badRequest(options.error);
  const { a, b } = selections.value;
  const { limit, minArticles, phrases, format, download } = options.value;
  const result = await getKeyness(a, b, { limit, minArticles, phrases: phrases === "1" });
  const table = [
    ...result.typicalOfA.map((r) => ({ side: "A", ...r })),
    ...result.typicalOfB.map((r) => ({ side: "B", ...r })),
  ];
  return respond("keyness", `${describeFilters(a, "A-")}_${describeFilters(b, "B-")}`, format, { a, b, ...result }, table, download);
}
