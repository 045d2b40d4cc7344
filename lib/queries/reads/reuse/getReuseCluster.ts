// One story of reuse: its passages in the order they appeared (published date, undated last, then ingest order),
// each with the spans of its text it shares with the others, and the links that join them. Null when no
// cluster has this id (a cluster's id is its smallest passage's, so a delete that splits one renames the parts).
import { getPrisma, Prisma } from "../../../db";
import { collectionId } from "../../sql/collectionFilter";
import type { FramingLabel } from "../../../classify/labels";
import { mergeSpans } from "../../../reuse/mergeSpans";

export interface ReuseMemberRow {
  passageId: number; articleId: number; articleTitle: string; outlet: string; publishedAt: string | null; position: number;
  text: string; framing: FramingLabel; speakerName: string | null;
  /** [start, end) character ranges of the text shared with other passages of the cluster, merged, in order */
  shared: [number, number][];
}
export interface ReuseLinkRow { passageA: number; passageB: number; words: number; score: number; days: number | null }
export interface ReuseClusterDetail {
  id: number; passages: number; articles: number; outlets: number; firstPublishedAt: string | null; lastPublishedAt: string | null;
  /** the collection whose passages these are (null: every passage of the story), and the whole story's counts */
  collection: string | null;
  inAll: { passages: number; articles: number; outlets: number };
  members: ReuseMemberRow[]; links: ReuseLinkRow[];
}

/**
 * The story, or with a collection named its passages in that collection and the links between them (null when
 * it has none there), as the reuse list counts it.
 */
export async function getReuseCluster(id: number, scope: { collection?: string } = {}): Promise<ReuseClusterDetail | null> {
  const prisma = getPrisma();
  const [whole] = await prisma.$queryRaw<{ passages: number; articles: number; outlets: number }[]>`
    SELECT passages, articles, outlets FROM reuse_cluster WHERE id = ${id}`;
  if (!whole) return null;
  const inScope = scope.collection
    ? Prisma.sql`AND m.article_id IN (SELECT ac.article_id FROM article_collection ac WHERE ac.collection_id = ${collectionId(scope)})`
    : Prisma.empty;
  const [members, allLinks] = await Promise.all([
    prisma.$queryRaw<Omit<ReuseMemberRow, "shared">[]>`
      SELECT p.id AS "passageId", p.article_id AS "articleId", a.title AS "articleTitle", o.name AS outlet,
             to_char(p.published_at, 'YYYY-MM-DD') AS "publishedAt", p.position, p.text, p.framing::text AS framing, p.speaker_name AS "speakerName"
      FROM reuse_member m JOIN passage p ON p.id = m.passage_id JOIN article a ON a.id = p.article_id JOIN outlet o ON o.id = p.outlet_id
      WHERE m.cluster_id = ${id} ${inScope}
      ORDER BY p.published_at NULLS LAST, p.article_id, p.position`,
    prisma.$queryRaw<(ReuseLinkRow & { aStart: number; aEnd: number; bStart: number; bEnd: number })[]>`
      SELECT l.passage_a AS "passageA", l.passage_b AS "passageB", l.words, l.score, (l.published_b - l.published_a) AS days,
             l.a_start AS "aStart", l.a_end AS "aEnd", l.b_start AS "bStart", l.b_end AS "bEnd"
      FROM reuse_member m JOIN reuse_link l ON l.passage_a = m.passage_id WHERE m.cluster_id = ${id}
      ORDER BY l.passage_a, l.passage_b`,
  ]);
  if (!members.length) return null;
  const shown = new Set(members.map((m) => m.passageId));
  const links = allLinks.filter((l) => shown.has(l.passageA) && shown.has(l.passageB));
  const dated = members.filter((m) => m.publishedAt);
  const cluster = {
    id, passages: members.length, articles: new Set(members.map((m) => m.articleId)).size, outlets: new Set(members.map((m) => m.outlet)).size,
    firstPublishedAt: dated[0]?.publishedAt ?? null, lastPublishedAt: dated.at(-1)?.publishedAt ?? null,
    collection: scope.collection ?? null, inAll: whole,
  };
  const spans = new Map<number, [number, number][]>();
  const add = (passage: number, span: [number, number]) => spans.set(passage, [...(spans.get(passage) ?? []), span]);
  for (const l of links) { add(l.passageA, [l.aStart, l.aEnd]); add(l.passageB, [l.bStart, l.bEnd]); }
  return {
    ...cluster,
    members: members.map((m) => ({ ...m, shared: mergeSpans(spans.get(m.passageId) ?? []) })),
    links: links.map(({ passageA, passageB, words, score, days }) => ({ passageA, passageB, words, score, days })),
  };
}
