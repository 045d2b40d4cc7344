// The passages behind any number, a page at a time (the overview page's list; /api/passages).
import { articleAnchor } from "../articleAnchor";
import { getPassages } from "../queries/reads";
import { describeFilters } from "../schema";
import { parsePassagesParams } from "../viewParams/views";
import type { CitedPassageRow, PassageCitation, PassageRow } from "./rows.types";
import { collectionOf, missingCollection, withCollectionName } from "./collections";
import { defineView, fileName } from "./view";

/** The one definition of a passage's citation (rows.types.ts): the CSV's columns and the JSON rows' `citation`. */
export function passageCitation(r: PassageRow): PassageCitation {
  return {
    article_title: r.articleTitle, outlet: r.outlet, author: r.articleByline ?? "", published: r.publishedAt ?? "",
    original_url: r.articleUrl ?? "", dashboard_anchor: articleAnchor(r.articleId, r.position), paragraph: r.position + 1,
    framing: r.framing, labelled_by: r.labelSource === "human" ? "reviewer" : r.modelVersion === null ? "model" : `model v${r.modelVersion}`,
    confidence: r.labelSource === "human" ? "" : r.confidence, model_framing: r.modelFraming ?? "",
    speaker: r.speakerName ?? "", speaker_role: r.speakerRole ?? "",
  };
}

export const passagesView = defineView({
  parse: parsePassagesParams,
  async load({ filters, options: { page, pageSize } }) {
    const [collection, { total, totalAtLeast, rows }] = await Promise.all([collectionOf(filters), getPassages(filters, page, pageSize)]);
    const cited: CitedPassageRow[] = (rows as PassageRow[]).map((r) => ({ ...r, citation: passageCitation(r) }));
    return { filters, collection, page, pageSize, total, totalAtLeast, rows: cited };
  },
  notFound: (data) => missingCollection(data.filters, data.collection),
  // the passage's id, its citation, then its text
  file: { table: (data) => data.rows.map((r) => ({ passage_id: r.id, ...r.citation, text: r.text })), name: (data, { filters }) => fileName("passages", describeFilters(withCollectionName(filters, data.collection))) },
});
