// The stored articles an address names, for commands that take an article by its address (npm run delete).
import { getPrisma } from "../../db";
import { urlKey } from "../../ingest/urlKey";

/**
 * Each address's articles: the one whose canonical address key it normalises to (lib/ingest/urlKey: scheme,
 * "www.", tracking parameters ignored), and any stored with exactly that url (a second article at an address
 * already taken keeps its url but no key). An address no article has maps to [].
 */
export async function findArticlesByAddress(addresses: string[]): Promise<Map<string, number[]>> {
  const keys = addresses.map((a) => urlKey(a));
  const rows = await getPrisma().$queryRaw<{ id: number; url: string | null; url_key: string | null }[]>`
    SELECT id, url, url_key FROM article WHERE url_key = ANY(${keys.filter((k): k is string => k !== null)}::text[]) OR url = ANY(${addresses}::text[])
    ORDER BY id`;
  return new Map(addresses.map((address, i) => [address, rows.filter((r) => (keys[i] !== null && r.url_key === keys[i]) || r.url === address).map((r) => r.id)]));
}
