// Reads the statistics cube (lib/analysis/statsCube.ts) from term_stat, phrase_stat and passage_stat in one
// snapshot, with the data version of that snapshot. Tens of millions of rows at a million passages, so they
// come as binary COPY (integers, no JavaScript object per row) and are placed by cell with a counting sort:
// PostgreSQL first counts each cell's rows, which gives every row its place and each column its width.
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { FRAMINGS } from "../../classify/labels";
import { withPgClient } from "../../db";
import {
  byCountColumn, type CellBlock, type CellRows, COUNT_COLUMNS, type CountArray, type CountColumnName, countWidth, type CubeTerms, type StatsCube, sortRowsByTerm,
} from "../../analysis/statsCube";
import { yearBlock } from "../../analysis/patchStatsCube";
import { readCopyBinary } from "../../pgCopyBinary";
import { addTermId, emptyTermIdIndex } from "../../analysis/termIdIndex";
import { DATA_VERSION_SQL } from "./getDataVersion";
import { ALL_OUTLETS, ALL_TIME } from "./statGrains";

/** a framing's place in FRAMINGS (statsCube's framingIndex); the labels are the code's own constants, written in */
export const FRAMING_NUMBER = (column: string) => `(array_position(ARRAY[${FRAMINGS.map((f) => `'${f}'`).join(", ")}]::text[], ${column}::text) - 1)`;
// the month as statsCube's monthIndex numbers it
export const MONTH_NUMBER = (column: string) => `(extract(year FROM ${column}) * 12 + extract(month FROM ${column}) - 1)::int`;
/** a stem's term id, as lib/analysis/termId computes it */
const TERM_ID_SQL = (column: string) => `('x' || left(md5(${column}), 16))::bit(64)::bigint`;
/** the two grains a cube holds: the finest, and all outlets × all time */
const CUBE_GRAINS = `((s.outlet_id <> ${ALL_OUTLETS} AND s.month <> DATE '${ALL_TIME}') OR (s.outlet_id = ${ALL_OUTLETS} AND s.month = DATE '${ALL_TIME}'))`;
const BOTH_TABLES = (select: string) => `${select.replaceAll("$table", "term_stat")} UNION ALL ${select.replaceAll("$table", "phrase_stat")}`;
/** The statistics' count columns, in COUNT_COLUMNS' order. */
export const COUNT_SQL_COLUMNS: Record<CountColumnName, string> = {
  count: "count", passages: "passages", articles: "articles", articlesOnly: "articles_only", articlesWithoutPrevious: "articles_without_previous",
};
const countsOf = (table: string) => COUNT_COLUMNS.map((name) => `${table}.${COUNT_SQL_COLUMNS[name]}`).join(", ");
/** Each cell's largest value of a count column, as cube_cell names it. */
const TOP = (name: CountColumnName) => `top_${COUNT_SQL_COLUMNS[name]}`;

export async function loadStatsCube(): Promise<StatsCube> {
  return withPgClient(async (client) => {
    // one snapshot for every read, and the version it shows
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    try {
      const cube = await readCube(client);
      await client.query("COMMIT");
      return cube;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw e;
    }
  });
}

async function readCube(client: pg.ClientBase): Promise<StatsCube> {
  const { rows: [{ version }] } = await client.query<{ version: string }>(DATA_VERSION_SQL);
  const { rows: [{ snapshot }] } = await client.query<{ snapshot: string }>("SELECT pg_current_snapshot()::text AS snapshot");
  const outlets = await client.query<{ id: number; name: string }>("SELECT id, name FROM outlet");

  // each cell of the two grains with its number of rows (its place in its grain's row arrays), and its largest values
  await client.query(`CREATE TEMP TABLE cube_cell ON COMMIT DROP AS
    SELECT collection_id, framing, outlet_id, month, outlet_id = ${ALL_OUTLETS} AS coarsest, SUM(rows)::int AS rows,
           ${COUNT_COLUMNS.map((name) => `MAX(${TOP(name)})::int AS ${TOP(name)}`).join(", ")},
           (row_number() OVER (PARTITION BY outlet_id = ${ALL_OUTLETS} ORDER BY collection_id, outlet_id, month, framing) - 1)::int AS i
    FROM (${BOTH_TABLES(`SELECT s.collection_id, s.framing, s.outlet_id, s.month, COUNT(*) AS rows,
           ${COUNT_COLUMNS.map((name) => `MAX(s.${COUNT_SQL_COLUMNS[name]}) AS ${TOP(name)}`).join(", ")} FROM $table s WHERE ${CUBE_GRAINS} GROUP BY 1, 2, 3, 4`)}) c
    GROUP BY collection_id, framing, outlet_id, month`);
  // every stem of the finest cells is in the coarsest ones (a row reaching 0 is deleted at every grain). Words
  // are numbered first, so that each cell's rows, in term order, hold its words before its phrases, and each
  // kind in byte order of its stem, so that a refresh finds a stem's number by binary search (termNumbers)
  await client.query(`CREATE TEMP TABLE cube_term ON COMMIT DROP AS
    SELECT stem, n, (row_number() OVER (PARTITION BY n > 1 ORDER BY stem COLLATE "C") - 1)::int AS k, ${TERM_ID_SQL("stem")} AS id
    FROM (SELECT stem, MIN(n) AS n FROM (${BOTH_TABLES(`SELECT s.stem, s.n FROM $table s WHERE s.outlet_id = ${ALL_OUTLETS} AND s.month = DATE '${ALL_TIME}'`)}) t GROUP BY stem) t`);
  await client.query("ANALYZE cube_cell; ANALYZE cube_term");

  const { rows: [{ words: loadedWords, phrases: loadedPhrases, bytes }] } = await client.query<{ words: number; phrases: number; bytes: string }>(
    `SELECT (COUNT(*) FILTER (WHERE n = 1))::int AS words, (COUNT(*) FILTER (WHERE n > 1))::int AS phrases,
            COALESCE(SUM(octet_length(stem)), 0) AS bytes FROM cube_term`);
  const words = loadedWords + wordRoom(loadedWords);
  const count = words + loadedPhrases;
  // a term's number: its place among its kind, phrases after the words and the room left for new ones
  const TERM_NUMBER = `(CASE WHEN t.n = 1 THEN t.k ELSE ${words} + t.k END)`;
  const terms: CubeTerms = {
    count, words, loadedWords, loadedPhrases, nextWord: loadedWords, n: new Uint8Array(count), stemBytes: new Uint8Array(Number(bytes)), stemStart: new Uint32Array(count + 1),
    added: new Map(), addedIndex: new Map(), ids: emptyTermIdIndex(count),
  };
  let [byte, next] = [0, 0];
  await copyRows(client, `SELECT ${TERM_NUMBER}, t.n, t.stem, t.id FROM cube_term t ORDER BY 1`, (buf, start, length) => {
    const t = buf.readInt32BE(start[0]);
    addTermId(terms.ids, t, buf.readInt32BE(start[3]), buf.readInt32BE(start[3] + 4));
    // numbers left for new words hold no bytes
    while (next <= t) terms.stemStart[next++] = byte;
    terms.n[t] = buf.readInt16BE(start[1]);
    buf.copy(terms.stemBytes, byte, start[2], start[2] + length[2]);
    byte += length[2];
  });
  while (next <= count) terms.stemStart[next++] = byte;

  const [finest, coarsest] = await Promise.all([false, true].map((coarse) => emptyBlock(client, coarse)));
  const blocks = [finest, coarsest];
  const blockCounts = blocks.map((b) => COUNT_COLUMNS.map((name) => b.counts[name]));
  await copyRows(client, BOTH_TABLES(`SELECT c.coarsest::int, c.i, ${TERM_NUMBER}, ${countsOf("s")}
      FROM $table s JOIN cube_cell c ON c.collection_id = s.collection_id AND c.framing = s.framing AND c.outlet_id = s.outlet_id AND c.month = s.month
      JOIN cube_term t ON t.stem = s.stem WHERE ${CUBE_GRAINS}`), (buf, start) => {
    const block = blocks[buf.readInt32BE(start[0])];
    const c = buf.readInt32BE(start[1]);
    const r = block.filled[c]++;
    block.term[r] = buf.readInt32BE(start[2]);
    const i = r - block.rowStart[c];
    const counts = blockCounts[buf.readInt32BE(start[0])];
    for (let k = 0; k < counts.length; k++) counts[k].set(c, i, buf.readInt32BE(start[3 + k]));
  });
  blocks.forEach((b) => b.rowStart.slice(1).forEach((end, c) => {
    if (b.filled[c] !== end) throw new Error(`statistics cube: a cell read ${b.filled[c] - b.rowStart[c]} rows of ${end - b.rowStart[c]}`);
  }));

  const finestCells = cellBlock(finest);
  return {
    version, snapshot, terms, finest: finestCells, coarsest: cellBlock(coarsest), years: yearBlock(finestCells, terms.count),
    passageCells: await readPassageCells(client),
    outletIds: new Map(outlets.rows.map((o) => [o.name, o.id])),
    ...await readCollections(client),
  };
}

/** The collections by name, and the default one. */
export async function readCollections(client: pg.ClientBase): Promise<Pick<StatsCube, "collectionIds" | "defaultCollection">> {
  const { rows } = await client.query<{ id: number; name: string; is_default: boolean }>("SELECT id, name, is_default FROM collection");
  return { collectionIds: new Map(rows.map((c) => [c.name, c.id])), defaultCollection: rows.find((c) => c.is_default)?.id ?? -1 };
}

/** passage_stat: passages and tokens per finest cell. */
export async function readPassageCells(client: pg.ClientBase): Promise<StatsCube["passageCells"]> {
  const { rows } = await client.query<{ collection_id: number; framing: number; outlet_id: number; month: number; passages: number; tokens: number }>(
    `SELECT s.collection_id, ${FRAMING_NUMBER("s.framing")} AS framing, s.outlet_id, ${MONTH_NUMBER("s.month")} AS month, s.passages, s.tokens FROM passage_stat s`);
  return {
    collection: Int32Array.from(rows, (c) => c.collection_id),
    framing: Uint8Array.from(rows, (c) => c.framing), outletId: Int32Array.from(rows, (c) => c.outlet_id), month: Int32Array.from(rows, (c) => c.month),
    passages: Float64Array.from(rows, (c) => c.passages), tokens: Float64Array.from(rows, (c) => c.tokens),
  };
}

/** Numbers kept free after the loaded words for words refreshes meet; once they are used up, a full load. */
const wordRoom = (words: number) => Math.max(1_024, Math.ceil(words / 8));

/**
 * One grain's cells and their rows as the load fills them: cell c's terms at [rowStart[c], rowStart[c + 1]) of
 * one array, and each count column in arrays per width (CountColumn). filled[c]: the cell's next row.
 */
interface LoadedBlock { cells: CellBlock["cells"]; rowStart: Uint32Array; filled: Uint32Array; term: Int32Array; counts: Record<CountColumnName, CountColumn> }

/** Each cell's rows as views of the loaded arrays, sorted by term. */
function cellBlock(block: LoadedBlock): CellBlock {
  const { cells, rowStart } = block;
  const view = (c: number): CellRows => {
    const [start, end] = [rowStart[c], rowStart[c + 1]];
    return { term: block.term.subarray(start, end), ...byCountColumn((name) => block.counts[name].view(c, end - start)) };
  };
  const cellRows = Array.from({ length: cells.framing.length }, (_, c) => sortRowsByTerm(view(c)));
  return { cells, rows: cellRows };
}

/**
 * A count column of a grain, each cell's values in the narrowest width that holds its largest (countWidth):
 * at a million passages most finest cells fit 8 bits, which saves a byte a row on each of the five columns.
 */
class CountColumn {
  private readonly width: Uint8Array;
  private readonly offset: Uint32Array;
  private readonly bytes: Uint8Array;
  private readonly shorts: Uint16Array;
  private readonly words: Uint32Array;

  constructor(rows: number[], largest: number[]) {
    this.width = Uint8Array.from(largest, countWidth);
    this.offset = new Uint32Array(rows.length);
    const total = { 1: 0, 2: 0, 4: 0 };
    rows.forEach((n, c) => {
      const w = this.width[c] as 1 | 2 | 4;
      this.offset[c] = total[w];
      total[w] += n;
    });
    [this.bytes, this.shorts, this.words] = [new Uint8Array(total[1]), new Uint16Array(total[2]), new Uint32Array(total[4])];
  }

  set(c: number, i: number, value: number): void {
    const at = this.offset[c] + i;
    const w = this.width[c];
    if (w === 1) this.bytes[at] = value;
    else if (w === 2) this.shorts[at] = value;
    else this.words[at] = value;
  }

  view(c: number, length: number): CountArray {
    const [w, at] = [this.width[c], this.offset[c]];
    return (w === 1 ? this.bytes : w === 2 ? this.shorts : this.words).subarray(at, at + length);
  }
}

/** One grain's cells, and row arrays sized and typed for them, to be filled. */
async function emptyBlock(client: pg.ClientBase, coarsest: boolean): Promise<LoadedBlock> {
  const { rows: cells } = await client.query<{ collection_id: number; framing: number; outlet_id: number; month: number; rows: number } & Record<string, number>>(
    `SELECT c.collection_id, ${FRAMING_NUMBER("c.framing")} AS framing, c.outlet_id, ${MONTH_NUMBER("c.month")} AS month, c.rows, ${COUNT_COLUMNS.map(TOP).join(", ")}
     FROM cube_cell c WHERE c.coarsest = $1 ORDER BY c.i`, [coarsest]);
  const rowStart = new Uint32Array(cells.length + 1);
  cells.forEach((c, i) => { rowStart[i + 1] = rowStart[i] + c.rows; });
  const rows = cells.map((c) => c.rows);
  return {
    cells: {
      collection: Int32Array.from(cells, (c) => c.collection_id), framing: Uint8Array.from(cells, (c) => c.framing), outletId: Int32Array.from(cells, (c) => c.outlet_id), month: Int32Array.from(cells, (c) => c.month) },
    rowStart, filled: rowStart.slice(0, -1), term: new Int32Array(rowStart[cells.length]),
    counts: byCountColumn((name) => new CountColumn(rows, cells.map((c) => c[TOP(name)]))),
  };
}

function copyRows(client: pg.ClientBase, select: string, onTuple: Parameters<typeof readCopyBinary>[1]): Promise<number> {
  return readCopyBinary(client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT binary)`)), onTuple);
}
