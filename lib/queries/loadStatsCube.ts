// Reads the statistics cube (lib/analysis/statsCube.ts) from term_stat, phrase_stat and passage_stat in one
// snapshot, with the data version of that snapshot. Tens of millions of rows at a million passages, so they
// come as binary COPY (integers, no JavaScript object per row) and are placed by cell with a counting sort:
// PostgreSQL first counts each cell's rows, which gives every row its place and each column its width.
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { FRAMINGS } from "../classify/labels";
import { withPgClient } from "../db";
import { type CellBlock, countArray, type StatsCube } from "../analysis/statsCube";
import { readCopyBinary } from "../pgCopyBinary";
import { DATA_VERSION_SQL } from "./getDataVersion";
import { ALL_OUTLETS, ALL_TIME } from "./statGrains";

const FRAMING_NUMBER = (column: string) => `(array_position($1::text[], ${column}::text) - 1)`;
// the month as statsCube's monthIndex numbers it
const MONTH_NUMBER = (column: string) => `(extract(year FROM ${column}) * 12 + extract(month FROM ${column}) - 1)::int`;
/** the two grains a cube holds: the finest, and all outlets × all time */
const CUBE_GRAINS = `((s.outlet_id <> ${ALL_OUTLETS} AND s.month <> DATE '${ALL_TIME}') OR (s.outlet_id = ${ALL_OUTLETS} AND s.month = DATE '${ALL_TIME}'))`;
const BOTH_TABLES = (select: string) => `${select.replaceAll("$table", "term_stat")} UNION ALL ${select.replaceAll("$table", "phrase_stat")}`;

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

async function readCube(client: pg.Client): Promise<StatsCube> {
  const { rows: [{ version }] } = await client.query<{ version: string }>(DATA_VERSION_SQL);
  const outlets = await client.query<{ id: number; name: string }>("SELECT id, name FROM outlet");
  const passageCells = await client.query<{ framing: number; outlet_id: number; month: number; passages: number; tokens: number }>(
    `SELECT ${FRAMING_NUMBER("s.framing")} AS framing, s.outlet_id, ${MONTH_NUMBER("s.month")} AS month, s.passages, s.tokens FROM passage_stat s`,
    [FRAMINGS]);

  // each cell of the two grains with its number of rows (its place in its grain's row arrays), and its largest values
  await client.query(`CREATE TEMP TABLE cube_cell ON COMMIT DROP AS
    SELECT framing, outlet_id, month, outlet_id = ${ALL_OUTLETS} AS coarsest, SUM(rows)::int AS rows, MAX(top_count)::int AS top_count,
           MAX(top_passages)::int AS top_passages, MAX(top_articles)::int AS top_articles,
           (row_number() OVER (PARTITION BY outlet_id = ${ALL_OUTLETS} ORDER BY outlet_id, month, framing) - 1)::int AS i
    FROM (${BOTH_TABLES(`SELECT s.framing, s.outlet_id, s.month, COUNT(*) AS rows, MAX(s.count) AS top_count, MAX(s.passages) AS top_passages,
           MAX(s.articles) AS top_articles FROM $table s WHERE ${CUBE_GRAINS} GROUP BY 1, 2, 3`)}) c
    GROUP BY framing, outlet_id, month`);
  // every stem of the finest cells is in the coarsest ones (a row reaching 0 is deleted at every grain); words
  // are numbered first, so that each cell's rows, in term order, hold its words before its phrases
  await client.query(`CREATE TEMP TABLE cube_term ON COMMIT DROP AS
    SELECT stem, n, (row_number() OVER (ORDER BY n > 1) - 1)::int AS i
    FROM (SELECT stem, MIN(n) AS n FROM (${BOTH_TABLES(`SELECT s.stem, s.n FROM $table s WHERE s.outlet_id = ${ALL_OUTLETS} AND s.month = DATE '${ALL_TIME}'`)}) t GROUP BY stem) t`);
  await client.query("ANALYZE cube_cell; ANALYZE cube_term");

  const { rows: [{ terms: termCount, words, bytes }] } = await client.query<{ terms: number; words: number; bytes: string }>(
    "SELECT COUNT(*)::int AS terms, (COUNT(*) FILTER (WHERE n = 1))::int AS words, COALESCE(SUM(octet_length(stem)), 0) AS bytes FROM cube_term");
  const terms = { count: termCount, words, n: new Uint8Array(termCount), stemBytes: new Uint8Array(Number(bytes)), stemStart: new Uint32Array(termCount + 1) };
  let byte = 0;
  await copyRows(client, "SELECT i, n, stem FROM cube_term ORDER BY i", (buf, start, length) => {
    const t = buf.readInt32BE(start[0]);
    terms.n[t] = buf.readInt16BE(start[1]);
    terms.stemStart[t] = byte;
    buf.copy(terms.stemBytes, byte, start[2], start[2] + length[2]);
    byte += length[2];
  });
  terms.stemStart[termCount] = byte;

  const [finest, coarsest] = await Promise.all([false, true].map((coarse) => emptyBlock(client, coarse)));
  const blocks = [finest, coarsest];
  const filled = blocks.map((b) => b.cells.rowStart.slice(0, -1));
  await copyRows(client, BOTH_TABLES(`SELECT c.coarsest::int, c.i, t.i, s.count, s.passages, s.articles
      FROM $table s JOIN cube_cell c ON c.framing = s.framing AND c.outlet_id = s.outlet_id AND c.month = s.month
      JOIN cube_term t ON t.stem = s.stem WHERE ${CUBE_GRAINS}`), (buf, start) => {
    const g = buf.readInt32BE(start[0]);
    const rows = blocks[g].rows;
    const r = filled[g][buf.readInt32BE(start[1])]++;
    rows.term[r] = buf.readInt32BE(start[2]);
    rows.count[r] = buf.readInt32BE(start[3]);
    rows.passages[r] = buf.readInt32BE(start[4]);
    rows.articles[r] = buf.readInt32BE(start[5]);
  });
  blocks.forEach((b, g) => b.cells.rowStart.slice(1).forEach((end, c) => {
    if (filled[g][c] !== end) throw new Error(`statistics cube: a cell read ${filled[g][c] - b.cells.rowStart[c]} rows of ${end - b.cells.rowStart[c]}`);
  }));
  blocks.forEach(sortRowsByTerm);

  return {
    version, terms, finest, coarsest,
    passageCells: {
      framing: Uint8Array.from(passageCells.rows, (c) => c.framing), outletId: Int32Array.from(passageCells.rows, (c) => c.outlet_id),
      month: Int32Array.from(passageCells.rows, (c) => c.month), passages: Float64Array.from(passageCells.rows, (c) => c.passages),
      tokens: Float64Array.from(passageCells.rows, (c) => c.tokens),
    },
    outletIds: new Map(outlets.rows.map((o) => [o.name, o.id])),
  };
}

/** One grain's cells, and row arrays sized and typed for them, to be filled. */
async function emptyBlock(client: pg.Client, coarsest: boolean): Promise<CellBlock> {
  const { rows: cells } = await client.query<{ framing: number; outlet_id: number; month: number; rows: number; top_count: number; top_passages: number; top_articles: number }>(
    `SELECT ${FRAMING_NUMBER("c.framing")} AS framing, c.outlet_id, ${MONTH_NUMBER("c.month")} AS month, c.rows, c.top_count, c.top_passages, c.top_articles
     FROM cube_cell c WHERE c.coarsest = $2 ORDER BY c.i`, [FRAMINGS, coarsest]);
  const rowStart = new Uint32Array(cells.length + 1);
  cells.forEach((c, i) => { rowStart[i + 1] = rowStart[i] + c.rows; });
  const total = rowStart[cells.length];
  const largest = (column: "top_count" | "top_passages" | "top_articles") => cells.reduce((m, c) => Math.max(m, c[column]), 0);
  return {
    cells: { framing: Uint8Array.from(cells, (c) => c.framing), outletId: Int32Array.from(cells, (c) => c.outlet_id), month: Int32Array.from(cells, (c) => c.month), rowStart },
    rows: {
      term: new Int32Array(total),
      count: countArray(total, largest("top_count")), passages: countArray(total, largest("top_passages")), articles: countArray(total, largest("top_articles")),
    },
  };
}

/**
 * Each cell's rows in term order, so that summing a cell walks the sums forwards rather than at random: for a
 * whole framing's cell (every term of the corpus) that is the difference between streaming memory and a
 * cache miss a row.
 */
function sortRowsByTerm({ cells: { rowStart }, rows }: CellBlock): void {
  const columns = [rows.term, rows.count, rows.passages, rows.articles];
  for (let c = 0; c + 1 < rowStart.length; c++) {
    const [start, end] = [rowStart[c], rowStart[c + 1]];
    if (end - start < 2) continue;
    // term · scale + place in the cell, scale the power of two above the cell's rows: exact in a double while
    // terms · scale stays under 2^53, that is for any dictionary under 60M terms
    const scale = 2 ** Math.ceil(Math.log2(end - start));
    const order = new Float64Array(end - start);
    for (let r = start; r < end; r++) order[r - start] = rows.term[r] * scale + (r - start);
    order.sort();
    for (const column of columns) {
      const before = column.slice(start, end);
      for (let i = 0; i < order.length; i++) column[start + i] = before[order[i] % scale];
    }
  }
}

function copyRows(client: pg.Client, select: string, onTuple: Parameters<typeof readCopyBinary>[1]): Promise<number> {
  return readCopyBinary(client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT binary)`)), onTuple);
}
