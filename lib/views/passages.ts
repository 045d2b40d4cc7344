// The passages behind any number, a page at a time (the overview page's list; /api/passages).
import { getPassages } from "../queries/reads";
import { describeFilters } from "../schema";
import { parsePassagesParams } from "../viewParams/views";
import type { PassageRow } from "./rows.types";
import { defineView, fileName } from "./view";

/**
 * A passage as a researcher cites it: the article (title, outlet, author, date, original address), the passage's
 * place on the dashboard (its anchor, a path on this dashboard's address), its label and who gave it, the
 * confidence and the speaker, then the text.
 */
function citationRow(r: PassageRow) {
  return {
    passage_id: r.id, article_title: r.articleTitle, outlet: r.outlet, author: r.articleByline ?? "", published: r.publishedAt ?? "",
    original_url: r.articleUrl ?? "", dashboard_anchor: `/articles/${r.articleId}#p-${r.position}`, paragraph: r.position + 1,
    framing: r.framing, labelled_by: r.labelSource === "human" ? "reviewer" : r.modelVersion === null ? "model" : `model v${r.modelVersion}`,
    confidence: r.labelSource === "human" ? "" : r.confidence, model_framing: r.modelFraming ?? "",
    speaker: r.speakerName ?? "", speaker_role: r.speakerRole ?? "", text: r.text,
  };
}

export const passagesView = defineView({
  parse: parsePassagesParams,
  async load({ filters, options: { page, pageSize } }) {
    const { total, totalAtLeast, rows } = await getPassages(filters, page, pageSize);
    return { filters, page, pageSize, total, totalAtLeast, rows: rows as PassageRow[] };
  },
  file: { table: (data) => data.rows.map(citationRow), name: (_, { filters }) => fileName("passages", describeFilters(filters)) },
});
