import type { Prisma } from "../../db";

/**
 * How many articles hold each hash, other than the `excluded` ones, counted only up to `cap` + 1: a boilerplate
 * hash costs at most that many index entries, however common it is (the index is on hash, article_id).
 */
export async function articleFrequencies(tx: Prisma.TransactionClient, hashes: readonly number[], cap: number, excluded: readonly number[] = []): Promise<Map<number, number>> {
  if (!hashes.length) return new Map();
  const rows = await tx.$queryRaw<{ hash: number; articles: number }[]>`
    SELECT h.hash, (SELECT count(*)::int FROM (
             SELECT DISTINCT f.article_id FROM reuse_fingerprint f WHERE f.hash = h.hash AND f.article_id <> ALL(${[...excluded]}::int[]) LIMIT ${cap + 1}) x) AS articles
    FROM (SELECT DISTINCT unnest(${[...hashes]}::int4[]) AS hash) h`;
  return new Map(rows.map((r) => [r.hash, r.articles]));
}
