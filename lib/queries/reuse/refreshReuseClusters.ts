// The clusters (connected components of reuse_link) touched by some passages or articles, recomputed from the
// links: after an ingest adds links, and after a delete removes passages (and, by cascade, their links and
// fingerprints) — deleteArticles calls this in its transaction, after deleting, and takes lockReuse before it
// deletes anything. Clusters untouched keep their rows.
import type { Prisma } from "../../db";
import { type ClusterMember, reuseClusters } from "../../reuse/reuseClusters";
import { lockReuse } from "./lockReuse";

export interface ReuseSeeds {
  /** passages whose links changed */
  passageIds?: readonly number[];
  /** articles whose passages were deleted (their member rows still name their clusters) or changed */
  articleIds?: readonly number[];
}

export async function refreshReuseClusters(tx: Prisma.TransactionClient, seeds: ReuseSeeds): Promise<{ clusters: number }> {
  await lockReuse(tx);
  const nodes = new Set<number>(seeds.passageIds ?? []);
  if (seeds.articleIds?.length) {
    const members = await tx.$queryRaw<{ id: number }[]>`SELECT passage_id AS id FROM reuse_member WHERE article_id = ANY(${[...seeds.articleIds]}::int[])`;
    for (const m of members) nodes.add(m.id);
  }
  if (!nodes.size) return { clusters: 0 };
  // Grow to whole components: the clusters the nodes were in, and anything their links reach (with exact
  // clusters, a link never leaves its cluster; the loop makes sure of it).
  const oldClusters = new Set<number>();
  let links: { a: number; b: number }[] = [];
  for (let frontier = [...nodes]; frontier.length; ) {
    const clusters = await tx.$queryRaw<{ id: number }[]>`
      SELECT DISTINCT cluster_id AS id FROM reuse_member WHERE passage_id = ANY(${frontier}::int[])`;
    const fresh = clusters.map((c) => c.id).filter((id) => !oldClusters.has(id));
    fresh.forEach((id) => oldClusters.add(id));
    const grown = fresh.length ? await tx.$queryRaw<{ id: number }[]>`SELECT passage_id AS id FROM reuse_member WHERE cluster_id = ANY(${fresh}::int[])` : [];
    for (const m of grown) nodes.add(m.id);
    const all = [...nodes];
    links = await tx.$queryRaw<{ a: number; b: number }[]>`
      SELECT passage_a AS a, passage_b AS b FROM reuse_link WHERE passage_a = ANY(${all}::int[])
      UNION SELECT passage_a, passage_b FROM reuse_link WHERE passage_b = ANY(${all}::int[])`;
    frontier = [...new Set(links.flatMap((l) => [l.a, l.b]))].filter((id) => !nodes.has(id));
    frontier.forEach((id) => nodes.add(id));
  }
  const members = await tx.$queryRaw<ClusterMember[]>`
    SELECT id AS "passageId", article_id AS "articleId", outlet_id AS "outletId", published_at AS "publishedAt" FROM passage WHERE id = ANY(${[...nodes]}::int[])`;
  const clusters = reuseClusters(members, links);
  await tx.$executeRaw`DELETE FROM reuse_member WHERE passage_id = ANY(${[...nodes]}::int[])`;
  if (oldClusters.size) await tx.$executeRaw`DELETE FROM reuse_cluster WHERE id = ANY(${[...oldClusters]}::int[])`;
  if (!clusters.length) return { clusters: 0 };
  const date = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
  await tx.$executeRaw`
    INSERT INTO reuse_cluster (id, first_passage_id, first_article_id, first_outlet_id, first_published_at, last_published_at, passages, articles, outlets)
    SELECT * FROM unnest(${clusters.map((c) => c.id)}::int[], ${clusters.map((c) => c.first.passageId)}::int[], ${clusters.map((c) => c.first.articleId)}::int[],
      ${clusters.map((c) => c.first.outletId)}::int[], ${clusters.map((c) => date(c.first.publishedAt))}::date[], ${clusters.map((c) => date(c.lastPublishedAt))}::date[],
      ${clusters.map((c) => c.members.length)}::int[], ${clusters.map((c) => c.articles)}::int[], ${clusters.map((c) => c.outlets)}::int[])`;
  const rows = clusters.flatMap((c) => c.members.map((m) => ({ c, m })));
  await tx.$executeRaw`
    INSERT INTO reuse_member (passage_id, cluster_id, article_id, outlet_id, published_at)
    SELECT * FROM unnest(${rows.map((r) => r.m.passageId)}::int[], ${rows.map((r) => r.c.id)}::int[], ${rows.map((r) => r.m.articleId)}::int[],
      ${rows.map((r) => r.m.outletId)}::int[], ${rows.map((r) => date(r.m.publishedAt))}::date[])`;
  return { clusters: clusters.length };
}
