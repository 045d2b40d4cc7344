// Passages' term vectors read as binary COPY, for counting against a statistics cube in memory
// (lib/analysis/cubeSideCounts.ts describes the shape): the passages of a search for its keyness
// (getSelectionVectors.ts) or its top words (getFramingVectors.ts). Counting them in SQL, unnesting each vector
// and grouping the (term, article) pairs, was most of a search's keyness at a million passages: about 1.1 s
// for 11,800 passages. Sent as they are stored, the vectors are a few megabytes and the counting is a loop.
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { type Prisma, withPgClient } from "../../db";
import { readCopyBinary } from "../../pgCopyBinary";
import type { SelectionVectors } from "../../analysis/cubeSideCounts";
import { inlineParameters } from "./inlineParameters";
import { Growable } from "../../growableArray";

/** `passages` selects `id`, `article_id` and `grp` (a small number the counting groups passages by). */
export function readPassageVectors(passages: Prisma.Sql): Promise<SelectionVectors> {
  // matched and read in one statement: COPY takes no parameters, so the filters' values are written in
  return withPgClient((client) => readVectors(client, inlineParameters(passages.text, passages.values)));
}

async function readVectors(client: pg.ClientBase, selected: string): Promise<SelectionVectors> {
  const passages = { article: new Growable(Int32Array), group: new Growable(Uint8Array), start: new Growable(Uint32Array) };
  const terms = { high: new Growable(Int32Array), low: new Growable(Int32Array), count: new Growable(Int32Array) };
  let tokens = 0;
  // in no order: sorting the rows by article, vectors and all, spilled to disk (countVectorsInCube orders them)
  const copy = `COPY (SELECT s.article_id, s.grp, v.tokens, v.term_ids, v.counts FROM (${selected}) s JOIN passage_terms v ON v.passage_id = s.id)
                TO STDOUT WITH (FORMAT binary)`;
  await readCopyBinary(client.query(copyTo(copy)), (buf, start, length) => {
    passages.article.push(buf.readInt32BE(start[0]));
    passages.group.push(buf.readInt32BE(start[1]));
    passages.start.push(terms.count.length);
    tokens += buf.readInt32BE(start[2]);
    // an array: dimensions, null flag, element type, then per dimension its size and lower bound, then each
    // element as a length and its bytes (PostgreSQL's array_send)
    const [ids, counts] = [start[3], start[4]];
    if (length[3] < 0 || buf.readInt32BE(ids) === 0) return; // no terms: an empty array has no dimensions
    const size = buf.readInt32BE(ids + 12);
    if (buf.readInt32BE(counts + 12) !== size) throw new Error("a passage's term ids and counts differ in length");
    for (let k = 0, i = ids + 20, c = counts + 20; k < size; k++, i += 12, c += 8) {
      terms.high.push(buf.readInt32BE(i + 4));
      terms.low.push(buf.readInt32BE(i + 8));
      terms.count.push(buf.readInt32BE(c + 4));
    }
  });
  passages.start.push(terms.count.length);
  return {
    passages: passages.article.length, tokens, article: passages.article.done(), group: passages.group.done(), start: passages.start.done(),
    high: terms.high.done(), low: terms.low.done(), count: terms.count.done(),
  };
}
