// The overview: passages per framing by outlet and by month, top terms per framing, and the forms a chosen
// term takes in the text (what the passage list highlights). The page shows the passages view beside it.
import { getFramingBreakdown, getTermSurfaces, getTopTermsAndSample } from "../queries/reads";
import { everyMonth } from "../analysis/everyMonth";
import { describeFilters } from "../schema";
import { parseOverviewParams } from "../viewParams/views";
import type { TermSample, TopTermRow } from "./rows.types";
import { collectionOf, missingCollection, withCollectionName } from "./collections";
import { defineView, fileName, sampled } from "./view";

export const overviewView = defineView({
  parse: parseOverviewParams,
  async load({ filters }) {
    const [collection, { byOutlet, byMonth }, { topTerms, sample }, termSurfaces] = await Promise.all([
      collectionOf(filters), getFramingBreakdown(filters), getTopTermsAndSample(filters), filters.term ? getTermSurfaces(filters.term) : Promise.resolve([]),
    ]);
    const topTermsSample: TermSample | null = sample;
    return { filters, collection, byOutlet, byMonth: everyMonth(byMonth), topTerms: topTerms as TopTermRow[], topTermsSample, termSurfaces };
  },
  notFound: (data) => missingCollection(data.filters, data.collection),
  file: {
    table: (data, { options }) => ({ outlets: data.byOutlet, months: data.byMonth, terms: data.topTerms })[options.table],
    name: (data, { filters, options }) =>
      fileName(options.table === "terms" ? sampled("overview-terms", data.topTermsSample) : `overview-${options.table}`, describeFilters(withCollectionName(filters, data.collection))),
  },
});
