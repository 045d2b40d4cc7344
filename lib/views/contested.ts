// The contested-terms ledger: each competing name's count and share, by outlet and by year. The groups are data
// (CONTESTED_TERMS_PATH); the first is shown when none is named.
import { loadContestedTerms } from "../analysis/contestedTerms";
import { getEnv } from "../env";
import { getContestedLedger } from "../queries/reads";
import { describeFilters } from "../schema";
import type { ParamRecord } from "../viewParams/parse";
import { parseContestedParams } from "../viewParams/views";
import { collectionOf, missingCollection, withCollectionName } from "./collections";
import { defineView, fileName } from "./view";

const contestedGroups = () => loadContestedTerms(getEnv().CONTESTED_TERMS_PATH);

export const contestedView = defineView({
  parse: (record: ParamRecord) => {
    const groups = contestedGroups();
    const parsed = parseContestedParams(record, groups.map((g) => g.id) as [string, ...string[]]);
    return parsed.ok ? { ok: true as const, value: { ...parsed.value, groups, group: groups.find((g) => g.id === parsed.value.options.group) ?? groups[0] } } : parsed;
  },
  async load({ filters, group }) {
    const [collection, { byOutlet, byYear, byFraming, forms }] = await Promise.all([collectionOf(filters), getContestedLedger(group, filters)]);
    return { filters, collection, group, byOutlet, byYear, byFraming, forms };
  },
  notFound: (data) => missingCollection(data.filters, data.collection),
  file: {
    table: (data, { options: { by } }) => {
      const nameOf = (id: string) => data.group.names.find((n) => n.id === id)?.name;
      if (by === "forms") return data.forms.map((f) => ({ name: nameOf(f.nameId), form: f.form, count: f.count }));
      const cells = by === "outlet" ? data.byOutlet : by === "year" ? data.byYear : data.byFraming.map((c) => ({ ...c, key: c.framing }));
      const totals = new Map<string, number>();
      for (const c of cells) totals.set(c.key, (totals.get(c.key) ?? 0) + c.count);
      return cells.map((c) => ({ [by]: c.key, name: nameOf(c.nameId), count: c.count, passages: c.passages, share: c.count / (totals.get(c.key) || 1) }));
    },
    name: (data, { filters, options: { by } }) => fileName(`contested-${data.group.id}-by-${by}`, describeFilters(withCollectionName(filters, data.collection))),
  },
});
