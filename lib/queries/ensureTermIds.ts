// The dictionary ids of word and phrase keys, adding the new ones. This runs in its own short transaction,
// before the article's: a dictionary entry whose article then fails is harmless, and ids that are committed
// can be cached by every writer (a phrase key is seen again and again in a Zipf-distributed corpus).
import { BoundedMemo } from "../analysis/boundedMemo";
import { getPrisma } from "../db";

export interface TermKey { stem: string; n: number }

// Cached per client: a new connection (another database) starts with an empty cache. Ids are never
// reused, so a cached id stays right for as long as the dictionary is not truncated.
const caches = new WeakMap<object, BoundedMemo<string, number>>();
const CACHE_SIZE = 400_000;

export async function ensureTermIds(keys: TermKey[]): Promise<Map<string, number>> {
  const prisma = getPrisma();
  let cache = caches.get(prisma);
  if (!cache) caches.set(prisma, (cache = new BoundedMemo(CACHE_SIZE)));
  const ids = new Map<string, number>();
  const missing = new Map<string, number>();
  for (const k of keys) {
    const id = cache.get(k.stem);
    if (id !== undefined) ids.set(k.stem, id);
    else missing.set(k.stem, k.n);
  }
  if (!missing.size) return ids;
  const stems = [...missing.keys()].sort(); // sorted: concurrent writers lock new keys in one order
  await prisma.$executeRaw`
    INSERT INTO term (stem, n) SELECT * FROM unnest(${stems}::text[], ${stems.map((s) => missing.get(s)!)}::smallint[])
    ON CONFLICT (stem) DO NOTHING`;
  const rows = await prisma.$queryRaw<{ id: number; stem: string }[]>`SELECT id, stem FROM term WHERE stem = ANY(${stems}::text[])`;
  for (const r of rows) {
    ids.set(r.stem, r.id);
    cache.set(r.stem, r.id);
  }
  return ids;
}
