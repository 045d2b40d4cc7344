// Text reuse at ingest, in the transaction that writes the passages: their fingerprints, the candidates the
// fingerprint index proposes (never all pairs), the links alignment confirms, and the clusters those links
// change. The steps are lib/reuse's (the evaluation runs the same ones in memory, lib/reuse/detectReuse.ts).
import type { Prisma } from "../../db";
import { candidatePairs, type Posting } from "../../reuse/candidatePairs";
import type { ReuseLink } from "../../reuse/detectReuse";
import { type ReuseParameters, reuseParameters } from "../../reuse/reuseParameters";
import { byAppearance } from "../../reuse/reuseClusters";
import { passageHashes, type ReusePassage, readReusePassage, verifyReuse } from "../../reuse/verifyReuse";
import { lockReuse } from "./lockReuse";
import { recheckReuseLinks } from "./recheckReuseLinks";
import { refreshReuseClusters } from "./refreshReuseClusters";

export interface ReusePassageRow { id: number; articleId: number; outletId: number; publishedAt: Date | null; text: string }

/** Fingerprint the new passages, link them to earlier ones (and to each other) and update the clusters. */
export async function addReuse(tx: Prisma.TransactionClient, passages: readonly ReusePassageRow[], params: ReuseParameters = reuseParameters()): Promise<{ links: number }> {
  if (!passages.length) return { links: 0 };
  await lockReuse(tx);
  const read = new Map<number, ReusePassage>(passages.map((p) => [p.id, readReusePassage(p.text, params)]));
  const rows = passages.flatMap((p) => passageHashes(read.get(p.id)!).map((hash) => ({ hash, p })));
  if (!rows.length) return { links: 0 };
  await tx.$executeRaw`
    INSERT INTO reuse_fingerprint (hash, article_id, passage_id, outlet_id)
    SELECT * FROM unnest(${rows.map((r) => r.hash)}::int4[], ${rows.map((r) => r.p.articleId)}::int[], ${rows.map((r) => r.p.id)}::int[], ${rows.map((r) => r.p.outletId)}::int[])`;
  // Postings of the hashes not yet known as boilerplate, in other articles: each such hash is in at most
  // REUSE_MAX_ARTICLES of them, so this reads a bounded number of index entries however common the words.
  const hashes = [...new Set(rows.map((r) => r.hash))];
  const wasBoilerplate = new Set((await tx.$queryRaw<{ hash: number }[]>`SELECT hash FROM reuse_boilerplate WHERE hash = ANY(${hashes}::int4[])`).map((r) => r.hash));
  const others = await tx.$queryRaw<Posting[]>`
    SELECT hash, passage_id AS "passageId", article_id AS "articleId", outlet_id AS "outletId" FROM reuse_fingerprint
    WHERE hash = ANY(${hashes.filter((h) => !wasBoilerplate.has(h))}::int4[]) AND article_id <> ALL(${[...new Set(passages.map((p) => p.articleId))]}::int[])`;
  const postings: Posting[] = [...others, ...rows.map((r) => ({ hash: r.hash, passageId: r.p.id, articleId: r.p.articleId, outletId: r.p.outletId }))];
  // Document frequency in articles, these included. A hash this batch takes over the cap becomes boilerplate;
  // it was rare when earlier links were made, so those are judged again (recheckReuseLinks).
  const articlesBefore = articlesPerHash(others);
  const now = articlesPerHash(postings);
  const crossed = [...now].filter(([hash, n]) => n > params.maxArticles && !wasBoilerplate.has(hash)).map(([hash]) => hash);
  const boilerplate = new Set([...wasBoilerplate, ...crossed]);
  if (crossed.length) await tx.$executeRaw`INSERT INTO reuse_boilerplate (hash) SELECT unnest(${crossed}::int4[]) ON CONFLICT DO NOTHING`;
  const unlinked = await recheckReuseLinks(tx, crossed.filter((h) => (articlesBefore.get(h) ?? 0) > 1), params);
  const pairs = candidatePairs(postings.filter((p) => !boilerplate.has(p.hash)), (id) => read.has(id), params.minShared);
  if (!pairs.length) return finish(tx, unlinked, 0);
  const known = new Map(passages.map((p) => [p.id, p]));
  const earlier = [...new Set(pairs.flatMap((p) => [p.a, p.b]).filter((id) => !known.has(id)))];
  const rowsBefore = earlier.length ? await tx.$queryRaw<ReusePassageRow[]>`
    SELECT id, article_id AS "articleId", outlet_id AS "outletId", published_at AS "publishedAt", text FROM passage WHERE id = ANY(${earlier}::int[])` : [];
  for (const p of rowsBefore) {
    known.set(p.id, p);
    read.set(p.id, readReusePassage(p.text, params));
  }
  const links: { link: ReuseLink; first: ReusePassageRow; second: ReusePassageRow }[] = [];
  for (const pair of pairs) {
    const span = verifyReuse(read.get(pair.a)!, read.get(pair.b)!, pair.shared, params, boilerplate);
    if (!span) continue;
    const [a, b] = [known.get(pair.a)!, known.get(pair.b)!];
    const aFirst = byAppearance({ passageId: a.id, publishedAt: a.publishedAt }, { passageId: b.id, publishedAt: b.publishedAt }) < 0;
    links.push(aFirst ? { link: { a: a.id, b: b.id, ...span }, first: a, second: b }
      : { link: { a: b.id, b: a.id, aStart: span.bStart, aEnd: span.bEnd, bStart: span.aStart, bEnd: span.aEnd, words: span.words, score: span.score }, first: b, second: a });
  }
  if (!links.length) return finish(tx, unlinked, 0);
  const date = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
  await tx.$executeRaw`
    INSERT INTO reuse_link (passage_a, passage_b, article_a, article_b, outlet_a, outlet_b, published_a, published_b, a_start, a_end, b_start, b_end, words, score)
    SELECT * FROM unnest(${links.map((l) => l.first.id)}::int[], ${links.map((l) => l.second.id)}::int[],
      ${links.map((l) => l.first.articleId)}::int[], ${links.map((l) => l.second.articleId)}::int[],
      ${links.map((l) => l.first.outletId)}::int[], ${links.map((l) => l.second.outletId)}::int[],
      ${links.map((l) => date(l.first.publishedAt))}::date[], ${links.map((l) => date(l.second.publishedAt))}::date[],
      ${links.map((l) => l.link.aStart)}::int[], ${links.map((l) => l.link.aEnd)}::int[], ${links.map((l) => l.link.bStart)}::int[], ${links.map((l) => l.link.bEnd)}::int[],
      ${links.map((l) => l.link.words)}::int[], ${links.map((l) => l.link.score)}::real[])`;
  return finish(tx, [...unlinked, ...links.flatMap((l) => [l.first.id, l.second.id])], links.length);
}

/** In how many distinct articles each hash is, among the postings. */
function articlesPerHash(postings: readonly Posting[]): Map<number, number> {
  const articles = new Map<number, Set<number>>();
  for (const p of postings) {
    const set = articles.get(p.hash);
    if (set) set.add(p.articleId);
    else articles.set(p.hash, new Set([p.articleId]));
  }
  return new Map([...articles].map(([hash, set]) => [hash, set.size]));
}

/** The clusters of every passage whose links changed, recomputed. */
async function finish(tx: Prisma.TransactionClient, passageIds: number[], links: number): Promise<{ links: number }> {
  if (passageIds.length) await refreshReuseClusters(tx, { passageIds: [...new Set(passageIds)] });
  return { links };
}
