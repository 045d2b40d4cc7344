// The timeline: per month, passages per framing; or, for a term (or a typed phrase), its occurrences per framing,
// the passages containing it and all passages that month (the concordance page's chart).
import { termKey } from "../analysis/terms";
import { getFramingByMonth, getTermTimeline } from "../queries/reads";
import { everyMonth } from "../analysis/everyMonth";
import { describeFilters } from "../schema";
import { parseTimelineParams } from "../viewParams/views";
import { defineView, fileName } from "./view";

export const timelineView = defineView({
  parse: parseTimelineParams,
  async load({ filters, options: { phrase } }) {
    const term = phrase ? termKey(phrase) : filters.term;
    if (term) return { filters, term, months: await getTermTimeline({ ...filters, term }) } as const;
    return { filters, term: null, months: everyMonth(await getFramingByMonth(filters)) } as const;
  },
  file: {
    table: (data) => data.months,
    name: (data, { filters }) => (data.term ? fileName("timeline-term", describeFilters({ ...filters, term: data.term })) : fileName("timeline", describeFilters(filters))),
  },
});
