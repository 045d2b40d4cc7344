// GET /api/contested — the contested-terms ledger: each competing name's count and share, by outlet and by year.
import { z } from "zod";
import { badRequest, respond } from "@/lib/api/respond";
import { outputSchema, parseFilters, parseOptions, requestRecord } from "@/lib/api/params";
import { loadContestedTerms } from "@/lib/analysis/contestedTerms";
import { getEnv } from "@/lib/env";
import { getContestedLedger } from "@/lib/queries/getContestedLedger";
import { describeFilters } from "@/lib/schema";

const optionsSchema = outputSchema.extend({ group: z.string().regex(/^[a-z0-9-]+$/).optional(), by: z.enum(["outlet", "year"]).default("outlet") });

export async function GET(request: Request) {
  const record = requestRecord(request);
  const filters = parseFilters(record);
  if (!filters.ok) return badRequest(filters.error);
  const options = parseOptions(optionsSchema, record);
  if (!options.ok) return badRequest(options.error);
  const groups = loadContestedTerms(getEnv().CONTESTED_TERMS_PATH);
  const group = options.value.group ? groups.find((g) => g.id === options.value.group) : groups[0];
  if (!group) return badRequest(`bad parameter "group": no group "${options.value.group}" (have ${groups.map((g) => g.id).join(", ")})`);
  const ledger = await getContestedLedger(group, filters.value);
  const cells = options.value.by === "outlet" ? ledger.byOutlet : ledger.byYear;
  const totals = new Map<string, number>();
  for (const c of cells) totals.set(c.key, (totals.get(c.key) ?? 0) + c.count);
  const table = cells.map((c) => ({ [options.value.by]: c.key, name: group.names.find((n) => n.id === c.nameId)?.name, count: c.count, passages: c.passages, share: c.count / (totals.get(c.key) || 1) }));
  return respond(`contested-${group.id}-by-${options.value.by}`, describeFilters(filters.value), options.value.format, { filters: filters.value, group, ...ledger }, table, options.value.download);
}
