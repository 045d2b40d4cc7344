// Brings a statistics cube up to the data as it is now by reading only the outlet-months changed since the
// snapshot it was read in (stats_cell_change, migration 20261205000000): a relabel or an ingested batch touches
// a few of thousands, so the refresh reads their rows, not tens of millions. Null when a full load is needed
// instead: a change to every cell (a phrase fold, a rebuild), too many changed cells for a refresh to pay, or
// no room left for new words.
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { withPgClient } from "../../db";
import { byCountColumn, COUNT_COLUMNS, type StatsCube } from "../../analysis/statsCube";
import { type ChangedRows, patchStatsCube } from "../../analysis/patchStatsCube";
import { termNumber } from "../../analysis/cubeTerms";
import { readCopyBinary } from "../../pgCopyBinary";
import { Growable } from "../../growableArray";
import { DATA_VERSION_SQL } from "./getDataVersion";
import { ALL_OUTLETS, ALL_TIME } from "./statGrains";
import { COUNT_SQL_COLUMNS, FRAMING_NUMBER, MONTH_NUMBER, readCollections, readPassageCells } from "./loadStatsCube";

/** Beyond this share of the cube's outlet-months, reading everything again costs about as much. */
const MOST_CHANGED_SHARE = 0.25;

export async function refreshStatsCube(cube: StatsCube): Promise<StatsCube | null> {
  return withPgClient(async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    try {
      const fresh = await readChanges(client, cube);
      await client.query("COMMIT");
      return fresh;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw e;
    }
  });
}

async function readChanges(client: pg.ClientBase, cube: StatsCube): Promise<StatsCube | null> {
  const { rows: [{ version, snapshot }] } = await client.query<{ version: string; snapshot: string }>(
    `SELECT v.version, pg_current_snapshot()::text AS snapshot FROM (${DATA_VERSION_SQL}) v`);
  if (version === cube.version) return cube;
  // the outlet-months of transactions the cube's snapshot does not show (all of them committed, as this one sees them)
  await client.query(`CREATE TEMP TABLE cube_changed ON COMMIT DROP AS
    SELECT DISTINCT outlet_id, month FROM stats_cell_change
    WHERE xid >= pg_snapshot_xmin($1::pg_snapshot)::text::bigint AND NOT pg_visible_in_snapshot(xid::text::xid8, $1::pg_snapshot)`, [cube.snapshot]);
  const { rows: changed } = await client.query<{ outlet_id: number; month: number; every: boolean }>(
    `SELECT outlet_id, ${MONTH_NUMBER("month")} AS month, outlet_id = ${ALL_OUTLETS} AND month = DATE '${ALL_TIME}' AS every FROM cube_changed`);
  if (changed.some((c) => c.every)) return null;
  const outletMonths = new Set(Array.from(cube.finest.cells.outletId, (o, c) => `${o}:${cube.finest.cells.month[c]}`)).size;
  if (changed.length > Math.max(1, outletMonths) * MOST_CHANGED_SHARE) return null;

  const rows = growableRows();
  let roomLeft = true;
  await readCopyBinary(client.query(copyTo(`COPY (${["term_stat", "phrase_stat"].map((table) => `
      SELECT s.collection_id, ${FRAMING_NUMBER("s.framing")}, s.outlet_id, ${MONTH_NUMBER("s.month")}, s.n, s.stem, ${COUNT_COLUMNS.map((name) => `s.${COUNT_SQL_COLUMNS[name]}`).join(", ")}
      FROM ${table} s JOIN cube_changed c ON c.outlet_id = s.outlet_id AND c.month = s.month`).join(" UNION ALL ")}) TO STDOUT WITH (FORMAT binary)`)),
  (buf, start, length) => {
    const t = termNumber(cube.terms, buf, start[5], start[5] + length[5], buf.readInt16BE(start[4]));
    if (t === null) { roomLeft = false; return; }
    rows.push(buf.readInt32BE(start[0]), buf.readInt32BE(start[1]), buf.readInt32BE(start[2]), buf.readInt32BE(start[3]), t, ...COUNT_COLUMNS.map((_, k) => buf.readInt32BE(start[6 + k])));
  });
  if (!roomLeft) return null;
  const outlets = await client.query<{ id: number; name: string }>("SELECT id, name FROM outlet");
  return patchStatsCube(cube, {
    version, snapshot, outletMonths: changed.map((c) => ({ outletId: c.outlet_id, month: c.month })), rows: rows.done(),
    passageCells: await readPassageCells(client), outletIds: new Map(outlets.rows.map((o) => [o.name, o.id])), ...await readCollections(client),
  });
}

/** ChangedRows filled a row at a time: collection, framing, outlet, month, term, then the count columns. */
function growableRows() {
  const [collection, framing, outletId, month, term] = Array.from({ length: 5 }, () => new Growable(Int32Array));
  const counts = COUNT_COLUMNS.map(() => new Growable(Int32Array));
  const columns = [collection, framing, outletId, month, term, ...counts];
  return {
    push(...values: number[]) {
      values.forEach((v, i) => columns[i].push(v));
    },
    done(): ChangedRows {
      return {
        length: framing.length, collection: collection.done(), framing: Uint8Array.from(framing.done()), outletId: outletId.done(), month: month.done(), term: term.done(),
        ...byCountColumn((_, k) => counts[k].done()),
      };
    },
  };
}
