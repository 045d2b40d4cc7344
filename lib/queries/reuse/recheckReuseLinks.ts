// A fingerprint that was rare when two passages were linked can become boilerplate later: a credit line or a
// stock formula reaches its hundred-and-first article. The links among the passages that held it are then
// judged again against the corpus as it is now — dropped if what remains is no longer reuse, their spans
// narrowed if the furniture had lengthened them — so that boilerplate never counts, whichever came first.
import type { Prisma } from "../../db";
import type { ReuseParameters } from "../../reuse/reuseParameters";
import { readReusePassage, verifyReuse } from "../../reuse/verifyReuse";

interface StoredLink { a: number; b: number; aText: string; bText: string }

/**
 * Judge again the links among the passages holding `crossed` (hashes just recorded in reuse_boilerplate), with
 * every boilerplate hash masked. The passages whose links were dropped.
 */
export async function recheckReuseLinks(tx: Prisma.TransactionClient, crossed: readonly number[], params: ReuseParameters): Promise<number[]> {
  if (!crossed.length) return [];
  const links = await tx.$queryRaw<StoredLink[]>`
    WITH holders AS (SELECT DISTINCT passage_id FROM reuse_fingerprint WHERE hash = ANY(${[...crossed]}::int4[]))
    SELECT l.passage_a AS a, l.passage_b AS b, pa.text AS "aText", pb.text AS "bText"
    FROM reuse_link l JOIN passage pa ON pa.id = l.passage_a JOIN passage pb ON pb.id = l.passage_b
    WHERE l.passage_a IN (SELECT passage_id FROM holders) AND l.passage_b IN (SELECT passage_id FROM holders)`;
  if (!links.length) return [];
  const read = new Map<number, ReturnType<typeof readReusePassage>>();
  for (const l of links) {
    if (!read.has(l.a)) read.set(l.a, readReusePassage(l.aText, params));
    if (!read.has(l.b)) read.set(l.b, readReusePassage(l.bText, params));
  }
  const hashes = [...new Set([...read.values()].flatMap((p) => p.prints.map((f) => f.hash)))];
  const boilerplate = new Set((await tx.$queryRaw<{ hash: number }[]>`SELECT hash FROM reuse_boilerplate WHERE hash = ANY(${hashes}::int4[])`).map((r) => r.hash));
  const changed: number[] = [];
  for (const l of links) {
    const inB = new Set(read.get(l.b)!.prints.map((f) => f.hash));
    const shared = new Set(read.get(l.a)!.prints.map((f) => f.hash).filter((h) => inB.has(h) && !boilerplate.has(h)));
    const span = shared.size >= params.minShared ? verifyReuse(read.get(l.a)!, read.get(l.b)!, shared, params, boilerplate) : null;
    if (span) {
      await tx.$executeRaw`
        UPDATE reuse_link SET a_start = ${span.aStart}, a_end = ${span.aEnd}, b_start = ${span.bStart}, b_end = ${span.bEnd}, words = ${span.words}, score = ${span.score}
        WHERE passage_a = ${l.a} AND passage_b = ${l.b}`;
    } else {
      await tx.$executeRaw`DELETE FROM reuse_link WHERE passage_a = ${l.a} AND passage_b = ${l.b}`;
      changed.push(l.a, l.b);
    }
  }
  return [...new Set(changed)];
}
