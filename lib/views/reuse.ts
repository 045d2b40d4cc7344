// Text reuse: the stories of reuse a selection touches (clusters of passages sharing wording across outlets),
// one story with its passages side by side, and which outlets repeat which (lib/queries/reads/reuse).
import { articleAnchor } from "../articleAnchor";
import { getOutletReuse, getOutletReuseSummary, getReuseCluster, getReuseClusters } from "../queries/reads";
import { describeFilters } from "../schema";
import { parseReuseClusterParams, parseReuseOutletParams, parseReuseParams } from "../viewParams/views";
import { collectionOf, missingCollection, withCollectionName } from "./collections";
import { defineView, fileName } from "./view";

export const reuseView = defineView({
  parse: parseReuseParams,
  async load({ filters, options: { rank, limit } }) {
    const [collection, { total, clusters }] = await Promise.all([collectionOf(filters), getReuseClusters(filters, rank, limit)]);
    return { filters, collection, rank, total, clusters };
  },
  notFound: (data) => missingCollection(data.filters, data.collection),
  file: {
    table: (data) => data.clusters.map((c) => ({
      cluster: c.id, outlets: c.outlets, articles: c.articles, passages: c.passages,
      first_outlet: c.firstOutlet, first_published: c.firstPublishedAt ?? "", last_published: c.lastPublishedAt ?? "",
      official: c.framings.official ?? 0, critical: c.framings.critical ?? 0, testimony: c.framings.testimony ?? 0,
      carried_by: c.outletNames.join("; "), first_anchor: articleAnchor(c.firstArticleId, c.firstPosition), cluster_page: `/reuse/${c.id}`, first_text: c.firstText,
    })),
    name: (data, { filters, options: { rank } }) => fileName(`reuse-by-${rank}`, describeFilters(withCollectionName(filters, data.collection))),
  },
});

export const reuseClusterView = defineView({
  parse: parseReuseClusterParams,
  load: ({ id, collection }) => getReuseCluster(id, { collection }),
  notFound: (data) => (data ? null : "no cluster has this id, or none of its passages is in the collection named (a delete may have split it: open the reuse view again)"),
  file: {
    table: (data) => (data?.members ?? []).map((m) => ({
      passage_id: m.passageId, article_id: m.articleId, article_title: m.articleTitle, outlet: m.outlet, published: m.publishedAt ?? "",
      paragraph: m.position + 1, framing: m.framing, speaker: m.speakerName ?? "",
      shared_characters: m.shared.reduce((n, [s, e]) => n + e - s, 0), dashboard_anchor: articleAnchor(m.articleId, m.position), text: m.text,
    })),
    name: (_data, { id, collection }) => fileName(`reuse-cluster-${id}`, collection ? describeFilters({ collection }) : ""),
  },
});

export const reuseOutletsView = defineView({
  parse: parseReuseOutletParams,
  async load({ outlet, collection }) {
    const scope = { collection };
    return outlet ? { ...(await getOutletReuse(outlet, scope)), summary: null } : { outlet: null, repeatedBy: [], repeats: [], summary: await getOutletReuseSummary(scope) };
  },
  file: {
    table: (data) => (data.summary
      ? data.summary.map((r) => ({ outlet: r.outlet, links_it_started: r.first, links_it_followed: r.followed }))
      : [
          ...data.repeatedBy.map((r) => ({ direction: `repeats ${data.outlet}`, ...row(r) })),
          ...data.repeats.map((r) => ({ direction: `repeated by ${data.outlet}`, ...row(r) })),
        ]),
    name: (data) => fileName("reuse-outlets", data.outlet ? `outlet-${data.outlet.replace(/[^\p{L}\p{N}]+/gu, "-")}` : ""),
  },
});

const row = (r: { outlet: string; links: number; passages: number; articles: number; medianDays: number | null; fastestDays: number | null }) => ({
  outlet: r.outlet, links: r.links, passages: r.passages, articles: r.articles, median_days: r.medianDays ?? "", fastest_days: r.fastestDays ?? "",
});
