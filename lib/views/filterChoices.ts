// What the filter and selection forms offer beside a view: the outlets and the articles' languages of the collection
// the view counts, with their article counts there.
import { listLanguages, listOutlets } from "../queries/reads";
import type { Filters } from "../schema";

const alphabetical = new Intl.Collator("en", { sensitivity: "base", ignorePunctuation: true });

type Named = Pick<Partial<Filters>, "collection">;
export const outletChoices = (filters: Named = {}) => listOutlets({ collection: filters.collection });
export const languageChoices = (filters: Named = {}) => listLanguages({ collection: filters.collection });

/** The outlets a two-sided form offers: those of either side's collection, by name. */
export async function selectionOutlets(a: Named, b: Named): Promise<string[]> {
  const [ofA, ofB] = await Promise.all([outletChoices(a), a.collection === b.collection ? [] : outletChoices(b)]);
  return [...new Set([...ofA, ...ofB].map((o) => o.name))].sort(alphabetical.compare);
}
