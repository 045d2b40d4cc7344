// A term's id is computed from its stem key, not assigned by a dictionary: the first 64 bits of the key's
// MD5, as a signed int8 in decimal. Ingestion can then write a passage's term vector without asking the
// database to number its phrases first (numbering every phrase, 94% of them seen once, was most of an ingest
// at 200,000 passages), and a phrase seen once is still found by id. The database computes the same value as
// ('x' || left(md5(key), 16))::bit(64)::bigint (migration 20261201000000_term_ids_by_hash). 64 bits: at 35 million distinct
// phrases the chance that any two share an id is about 3 in 100,000.
import { hash } from "node:crypto";

export function termId(stemKey: string): string {
  return BigInt.asIntN(64, BigInt(`0x${hash("md5", stemKey, "hex").slice(0, 16)}`)).toString();
}
