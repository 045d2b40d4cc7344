// Keyness: the terms typical of selection A against B, and of B against A.
import { getKeyness } from "../queries/reads/keyness";
import { describeFilters } from "../schema";
import { parseKeynessParams } from "../viewParams/views";
import type { TermSample } from "./rows.types";
import { defineView, fileName, sampled } from "./view";

export const keynessView = defineView({
  parse: parseKeynessParams,
  async load({ a, b, options: { limit, minArticles, phrases } }) {
    const { totals, typicalOfA, typicalOfB, sample } = await getKeyness(a, b, { limit, minArticles, phrases: phrases === "1" });
    const termSample: TermSample | null = sample;
    return { a, b, totals, typicalOfA, typicalOfB, sample: termSample };
  },
  file: {
    table: (data) => [...data.typicalOfA.map((r) => ({ side: "A", ...r })), ...data.typicalOfB.map((r) => ({ side: "B", ...r }))],
    name: (data, { a, b }) => fileName(sampled("keyness", data.sample), `${describeFilters(a, "A-")}_${describeFilters(b, "B-")}`),
  },
});
