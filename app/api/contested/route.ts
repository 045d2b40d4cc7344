// GET /api/contested — the contested-terms ledger: each competing name's count and share, by outlet and by year.
import { z } from "zod";
import { badRequest, respond } from "@/lib/api/respond";
import { outputSchema, parseFilteredRequest } from "@/lib/api/params";
import { loadContestedTerms } from "@/lib/analysis/contestedTerms";
import { getEnv } from "@/lib/env";
import { getContestedLedger } from "@/lib/queries/reads";
import { describeFilters } from "@/lib/schema";
import { contestedOptions } from "@/lib/viewParams";


export async function GET(request: Request) {
  const groups = loadContestedTerms(getEnv().CONTESTED_TERMS_PATH);
  const optionsSchema = outputSchema.extend(contestedOptions(groups.map((g) => g.id) as [string, ...string[]]).shape)
    .extend({ by: z.enum(["outlet", "year"]).default("outlet") });
  const parsed = parseFilteredRequest(request, optionsSchema);
  if (!parsed.ok) return badRequest(parsed.error);
  const { filters, options } = parsed.value;
  const group = groups.find((g) => g.id === options.group) ?? groups[0];
  const ledger = await getContestedLedger(group, filters);
  const cells = options.by === "outlet" ? ledger.byOutlet : ledger.byYear;
  const totals = new Map<string, number>();
  for (const c of cells) totals.set(c.key, (totals.get(c.key) ?? 0) + c.count);
  const table = cells.map((c) => ({ [options.by]: c.key, name: group.names.find((n) => n.id === c.nameId)?.name, count: c.count, passages: c.passages, share: c.count / (totals.get(c.key) || 1) }));
  return respond(`contested-${group.id}-by-${options.by}`, describeFilters(filters), options.format, { filters, group, ...ledger }, table, options.download);
}
