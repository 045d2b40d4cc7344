// The passages behind any number, a page at a time (the overview page's list; /api/passages).
import { getPassages } from "../queries/reads";
import { describeFilters } from "../schema";
import { parsePassagesParams } from "../viewParams/views";
import type { PassageRow } from "./rows.types";
import { defineView, fileName } from "./view";

export const passagesView = defineView({
  parse: parsePassagesParams,
  async load({ filters, options: { page, pageSize } }) {
    const { total, totalAtLeast, rows } = await getPassages(filters, page, pageSize);
    return { filters, page, pageSize, total, totalAtLeast, rows: rows as PassageRow[] };
  },
  file: { table: (data) => data.rows, name: (_, { filters }) => fileName("passages", describeFilters(filters)) },
});
