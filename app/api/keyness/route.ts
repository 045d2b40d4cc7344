// GET /api/keyness — terms typical of selection A vs B (and B vs A). See docs/api.md.
import { z } from "zod";
import { badRequest, respond, sampledView } from "@/lib/api/respond";
import { intParam, outputSchema, parseSelectionsRequest } from "@/lib/api/params";
import { getKeyness } from "@/lib/queries/reads/keyness";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({
  limit: intParam(1, 500, 40),
  minArticles: intParam(1, 1000, 2),
  phrases: z.enum(["0", "1"]).default("1"),
});

export async function GET(request: Request) {
  const parsed = parseSelectionsRequest(request, optionsSchema);
  if (!parsed.ok) return badRequest(parsed.error);
  const { a, b, options } = parsed.value;
  const { limit, minArticles, phrases, format, download } = options;
  const result = await getKeyness(a, b, { limit, minArticles, phrases: phrases === "1" });
  const table = [
    ...result.typicalOfA.map((r) => ({ side: "A", ...r })),
    ...result.typicalOfB.map((r) => ({ side: "B", ...r })),
  ];
  return respond(sampledView("keyness", result.sample), `${describeFilters(a, "A-")}_${describeFilters(b, "B-")}`, format, { a, b, ...result }, table, download);
}
