// The timeline: per month, passages per framing; or, for a term (or a typed phrase), its occurrences per framing,
// the passages containing it and all passages that month (the concordance page's chart).
import { termKey } from "../analysis/terms";
import { getFramingByMonth, getTermTimeline } from "../queries/reads";
import { everyMonth } from "../analysis/everyMonth";
import { describeFilters } from "../schema";
import { parseTimelineParams } from "../viewParams/views";
import { collectionOf, missingCollection, withCollectionName } from "./collections";
import { defineView, fileName } from "./view";

export const timelineView = defineView({
  parse: parseTimelineParams,
  async load({ filters, options: { phrase } }) {
    const term = phrase ? termKey(phrase) : filters.term;
    if (term) {
      const [collection, months] = await Promise.all([collectionOf(filters), getTermTimeline({ ...filters, term })]);
      return { filters, collection, term, months } as const;
    }
    const [collection, months] = await Promise.all([collectionOf(filters), getFramingByMonth(filters)]);
    return { filters, collection, term: null, months: everyMonth(months) } as const;
  },
  notFound: (data) => missingCollection(data.filters, data.collection),
  file: {
    table: (data) => data.months,
    name: (data, { filters }) => {
      const named = withCollectionName(filters, data.collection);
      return data.term ? fileName("timeline-term", describeFilters({ ...named, term: data.term })) : fileName("timeline", describeFilters(named));
    },
  },
});
