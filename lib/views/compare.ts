// Compare two selections side by side: each one's framing mix and most frequent terms, and the terms that
// separate them (a keyness between A and B).
import { getFramingMix, getFrequentTerms } from "../queries/reads";
import { getKeyness } from "../queries/reads/keyness";
import { parseCompareParams } from "../viewParams/views";
import type { TermSample } from "./rows.types";
import { collectionOf, describeSides, missingCollection } from "./collections";
import { defineView, fileName, sampled } from "./view";

export const compareView = defineView({
  parse: parseCompareParams,
  async load({ a, b, options: { limit } }) {
    const [collectionA, collectionB, mixA, mixB, separating, frequentA, frequentB] = await Promise.all([
      collectionOf(a), collectionOf(b), getFramingMix(a), getFramingMix(b), getKeyness(a, b, { limit }), getFrequentTerms(a), getFrequentTerms(b),
    ]);
    return { a, b, collections: { a: collectionA, b: collectionB }, mixA, mixB, frequentA, frequentB, separating };
  },
  notFound: (data) => missingCollection(data.a, data.collections.a) ?? missingCollection(data.b, data.collections.b),
  file: {
    table: (data, { options }) => {
      if (options.table === "separating") {
        return [...data.separating.typicalOfA.map((r) => ({ side: "A", ...r })), ...data.separating.typicalOfB.map((r) => ({ side: "B", ...r }))];
      }
      if (options.table === "frequent") {
        const rows = (side: string, terms: typeof data.frequentA.terms) => terms.map(({ term, key, n, count, passages }) => ({ side, term, key, n, count, passages }));
        return [...rows("A", data.frequentA.terms), ...rows("B", data.frequentB.terms)];
      }
      return [{ side: "A", ...data.mixA }, { side: "B", ...data.mixB }];
    },
    name: (data, { a, b, options }) => {
      const sample: TermSample | null = options.table === "separating" ? data.separating.sample
        : options.table === "frequent" ? (data.frequentA.sample ?? data.frequentB.sample) : null;
      return fileName(sampled(options.table === "mix" ? "compare" : `compare-${options.table}`, sample), describeSides(a, data.collections.a, b, data.collections.b));
    },
  },
});
