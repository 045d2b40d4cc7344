// Keyness: the terms typical of selection A against B, and of B against A.
import { getKeyness } from "../queries/reads/keyness";
import { parseKeynessParams } from "../viewParams/views";
import type { TermSample } from "./rows.types";
import { collectionOf, describeSides, missingCollection } from "./collections";
import { defineView, fileName, sampled } from "./view";

export const keynessView = defineView({
  parse: parseKeynessParams,
  async load({ a, b, options: { limit, minArticles, phrases } }) {
    const [collectionA, collectionB, { totals, typicalOfA, typicalOfB, sample }] = await Promise.all([
      collectionOf(a), collectionOf(b), getKeyness(a, b, { limit, minArticles, phrases: phrases === "1" }),
    ]);
    const termSample: TermSample | null = sample;
    return { a, b, collections: { a: collectionA, b: collectionB }, totals, typicalOfA, typicalOfB, sample: termSample };
  },
  notFound: (data) => missingCollection(data.a, data.collections.a) ?? missingCollection(data.b, data.collections.b),
  file: {
    table: (data) => [...data.typicalOfA.map((r) => ({ side: "A", ...r })), ...data.typicalOfB.map((r) => ({ side: "B", ...r }))],
    name: (data, { a, b }) => fileName(sampled("keyness", data.sample), describeSides(a, data.collections.a, b, data.collections.b)),
  },
});
