// Concordance: every occurrence of a term, a typed phrase or a contested name with its context, sortable. The
// page asks for a target when none is given; the API needs one. The page shows the timeline view beside it.
import { getConcordance } from "../queries/reads";
import { describeFilters } from "../schema";
import { parseConcordanceParams } from "../viewParams/views";
import { collectionOf, missingCollection, withCollectionName } from "./collections";
import { defineView, fileName } from "./view";

export const concordanceView = defineView({
  parse: parseConcordanceParams,
  apiProblem: ({ target }) => (target ? null : 'bad parameter "term": give exactly one of term, phrase or contested'),
  async load({ filters, target, options: { sort, limit, context } }) {
    // the target stands for the term: the filters select the passages it is looked for in
    const [collection, result] = await Promise.all([
      collectionOf(filters),
      target ? getConcordance({ ...filters, term: undefined }, target.value, sort, limit, context) : Promise.resolve({ total: 0, lines: [], surfaces: [] }),
    ]);
    return { filters, collection, target: target?.label ?? null, sort, context, ...result };
  },
  notFound: (data) => missingCollection(data.filters, data.collection),
  file: {
    table: (data) => data.lines,
    name: (data, { filters }) => fileName("concordance", describeFilters(withCollectionName({ ...filters, term: data.target ?? undefined }, data.collection))),
  },
});
