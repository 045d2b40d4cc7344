// Reads the statistics cube (lib/analysis/statsCube.ts) from term_stat, phrase_stat and passage_stat in one
// snapshot, with the data version of that snapshot. Tens of millions of rows at a million passages, so they
// come as binary COPY (integers, no JavaScript object per row) and are placed by cell with a counting sort:
// PostgreSQL first counts each cell's rows, which gives every row its place and each column its width.
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { FRAMINGS } from "../classify/labels";
import { withPgClient } from "../db";
import { countArray, type StatsCube } from "../analysis/statsCube";
import { readCopyBinary } from "../pgCopyBinary";
import { DATA_VERSION_SQL } from "./getDataVersion";
import { ALL_OUTLETS, ALL_TIME } from "./statGrains";

const FRAMING_NUMBER = (column: string) => `(array_position($1::text[], ${column}::text) - 1)`;
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

  // each cell of the two grains with its number of rows (its place in the row arrays), and the columns' largest values
  await client.query(`CREATE TEMP TABLE cube_cell ON COMMIT DROP AS
    SELECT framing, outlet_id, month, SUM(rows)::int AS rows, MAX(top_count)::int AS top_count, MAX(top_passages)::int AS top_passages,
           MAX(top_articles)::int AS top_articles, (row_number() OVER (ORDER BY outlet_id, month, framing) - 1)::int AS i
    FROM (${BOTH_TABLES(`SELECT s.framing, s.outlet_id, s.month, COUNT(*) AS rows, MAX(s.count) AS top_count, MAX(s.passages) AS top_passages,
           MAX(s.articles) AS top_articles FROM $table s WHERE ${CUBE_GRAINS} GROUP BY 1, 2, 3`)}) c
    GROUP BY framing, outlet_id, month`);
  // every stem of the finest cells is in the coarsest ones (a row reaching 0 is deleted at every grain)
  await client.query(`CREATE TEMP TABLE cube_term ON COMMIT DROP AS
    SELECT stem, n, (row_number() OVER () - 1)::int AS i
    FROM (SELECT stem, MIN(n) AS n FROM (${BOTH_TABLES(`SELECT s.stem, s.n FROM $table s WHERE s.outlet_id = ${ALL_OUTLETS} AND s.month = DATE '${ALL_TIME}'`)}) t GROUP BY stem) t`);
  await client.query("ANALYZE cube_cell; ANALYZE cube_term");

  const cells = await client.query<{ framing: number; outlet_id: number; month: number; rows: number }>(
    `SELECT ${FRAMING_NUMBER("c.framing")} AS framing, c.outlet_id, ${MONTH_NUMBER("c.month")} AS month, c.rows FROM cube_cell c ORDER BY c.i`,
    [FRAMINGS]);
  const { rows: [sizes] } = await client.query<{ terms: number; bytes: string; rows: string; top_count: number; top_passages: number; top_articles: number }>(
    `SELECT (SELECT COUNT(*) FROM cube_term)::int AS terms, (SELECT COALESCE(SUM(octet_length(stem)), 0) FROM cube_term) AS bytes,
            COALESCE(SUM(rows), 0) AS rows, COALESCE(MAX(top_count), 0) AS top_count, COALESCE(MAX(top_passages), 0) AS top_passages,
            COALESCE(MAX(top_articles), 0) AS top_articles FROM cube_cell`);

  const terms = { count: sizes.terms, n: new Uint8Array(sizes.terms), stemBytes: new Uint8Array(Number(sizes.bytes)), stemStart: new Uint32Array(sizes.terms + 1) };
  let byte = 0;
  await copyRows(client, "SELECT i, n, stem FROM cube_term ORDER BY i", (buf, start, length) => {
    const t = buf.readInt32BE(start[0]);
    terms.n[t] = buf.readInt16BE(start[1]);
    terms.stemStart[t] = byte;
    buf.copy(terms.stemBytes, byte, start[2], start[2] + length[2]);
    byte += length[2];
  });
  terms.stemStart[terms.count] = byte;

  const cellCount = cells.rows.length;
  const rowStart = new Uint32Array(cellCount + 1);
  cells.rows.forEach((c, i) => { rowStart[i + 1] = rowStart[i] + c.rows; });
  const total = Number(sizes.rows);
  const rows = {
    term: new Int32Array(total),
    count: countArray(total, sizes.top_count), passages: countArray(total, sizes.top_passages), articles: countArray(total, sizes.top_articles),
  };
  const filled = rowStart.slice(0, cellCount);
  await copyRows(client, BOTH_TABLES(`SELECT c.i, t.i, s.count, s.passages, s.articles
      FROM $table s JOIN cube_cell c ON c.framing = s.framing AND c.outlet_id = s.outlet_id AND c.month = s.month
      JOIN cube_term t ON t.stem = s.stem WHERE ${CUBE_GRAINS}`), (buf, start) => {
    const r = filled[buf.readInt32BE(start[0])]++;
    rows.term[r] = buf.readInt32BE(start[1]);
    rows.count[r] = buf.readInt32BE(start[2]);
    rows.passages[r] = buf.readInt32BE(start[3]);
    rows.articles[r] = buf.readInt32BE(start[4]);
  });
  for (let c = 0; c < cellCount; c++) {
    if (filled[c] !== rowStart[c + 1]) throw new Error(`statistics cube: cell ${c} read ${filled[c] - rowStart[c]} rows of ${rowStart[c + 1] - rowStart[c]}`);
  }

  return {
    version, terms, rows,
    cells: {
      framing: Uint8Array.from(cells.rows, (c) => c.framing), outletId: Int32Array.from(cells.rows, (c) => c.outlet_id),
      month: Int32Array.from(cells.rows, (c) => c.month), rowStart,
    },
    passageCells: {
      framing: Uint8Array.from(passageCells.rows, (c) => c.framing), outletId: Int32Array.from(passageCells.rows, (c) => c.outlet_id),
      month: Int32Array.from(passageCells.rows, (c) => c.month), passages: Float64Array.from(passageCells.rows, (c) => c.passages),
      tokens: Float64Array.from(passageCells.rows, (c) => c.tokens),
    },
    outletIds: new Map(outlets.rows.map((o) => [o.name, o.id])),
  };
}

function copyRows(client: pg.Client, select: string, onTuple: Parameters<typeof readCopyBinary>[1]): Promise<number> {
  return readCopyBinary(client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT binary)`)), onTuple);
}
