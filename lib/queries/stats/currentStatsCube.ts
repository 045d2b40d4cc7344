// The statistics cube of the data as it is now, or null while there is none: a cube answers only for the data
// version it was read at, so after a write the reads go back to SQL until it is brought up to date. That is a
// refresh of the outlet-months the writes changed (lib/queries/stats/refreshStatsCube.ts), started by the first read
// that finds the cube stale. When a refresh cannot do (every cell changed, or too many), the cube is dropped and
// loaded again whole, which reads every finest statistics row (about a minute at a million passages): a load
// starts only once the version has stayed the same for a while, since during a bulk import it changes with
// every batch, and loading then would only slow the import down. One cube per server process.
import { cubeRows, type StatsCube } from "../../analysis/statsCube";
import { refreshStatsCube } from "./refreshStatsCube";
import { unusedRows } from "../../analysis/patchStatsCube";
import { getEnv } from "../../env";
import { getDataVersion } from "./getDataVersion";
import { loadStatsCube } from "./loadStatsCube";

export type StatsCubeState = "off" | "ready" | "refreshing" | "waiting" | "loading" | "failed";

interface CubeState {
  cube: StatsCube | null;
  scheduled: ReturnType<typeof setTimeout> | null;
  loading: Promise<void> | null;
  refreshing: Promise<void> | null;
  /** refreshes done since the last load, for /api/health and the tests */
  refreshes: number;
  /** why the last load failed, and when: retried after RETRY_AFTER_MS, or at once if the data changes */
  failed: string | null;
  failedAt: { version: string; at: number } | null;
}
// on globalThis, as the Prisma client is (lib/db.ts): Next can bundle route handlers and pages in separate layers,
// each with its own copy of this module, and two cubes would not fit in the server's memory at a million passages
const globalForCube = globalThis as unknown as { statsCube?: CubeState };
const state: CubeState = (globalForCube.statsCube ??= { cube: null, scheduled: null, loading: null, refreshing: null, refreshes: 0, failed: null, failedAt: null });

const RETRY_AFTER_MS = 60_000;

export async function currentStatsCube(): Promise<StatsCube | null> {
  if (getEnv().STATS_CUBE === "off") return null;
  const version = await getDataVersion();
  if (state.cube?.version === version) return state.cube;
  if (state.cube) refresh(state.cube);
  else scheduleLoad(version);
  return null;
}

/** For /api/health and the bench: whether dashboard reads are answered from a cube now. */
export async function statsCubeState(): Promise<{ state: StatsCubeState; rows?: number; refreshes?: number; error?: string }> {
  const cube = await currentStatsCube();
  if (getEnv().STATS_CUBE === "off") return { state: "off" };
  if (cube) return { state: "ready", rows: cubeRows(cube), refreshes: state.refreshes };
  if (state.refreshing) return { state: "refreshing" };
  if (state.loading) return { state: "loading" };
  return state.failed ? { state: "failed", error: state.failed } : { state: "waiting" };
}

/**
 * Replaces the cube with one brought up to date, in the background. A refresh shares the arrays of cells it
 * did not change, so the stale cube costs no memory of its own; cells replaced in the load's arrays do, until
 * a full load (tooMuchUnused). A stale cube that cannot be refreshed is dropped at once
 * before the full load: two would not fit beside the server at a million passages.
 */
function refresh(stale: StatsCube): void {
  if (state.refreshing || state.loading) return;
  const drop = () => {
    if (state.cube !== stale) return;
    state.cube = null;
    void getDataVersion().then(scheduleLoad, () => scheduleLoad(stale.version));
  };
  state.refreshing = refreshStatsCube(stale)
    .then((fresh) => {
      if (!fresh || tooMuchUnused(fresh)) return drop();
      if (state.cube !== stale) return;
      // one that found nothing to re-read hands back the cube it was given, and is not counted
      if (fresh !== stale) state.refreshes++;
      state.cube = fresh;
    })
    .catch((e: unknown) => {
      console.error(`statistics cube: not refreshed, loading it again (${e instanceof Error ? e.message : String(e)})`);
      drop();
    })
    .finally(() => { state.refreshing = null; });
}

/** Compacted by a full load once the rows no cell uses are a quarter of the cube, and a million or more. */
const tooMuchUnused = (cube: StatsCube) => {
  const unused = unusedRows(cube);
  return unused >= 1_000_000 && unused > cubeRows(cube) / 4;
};

/** Loads once `version` has lasted STATS_CUBE_SETTLE_MS; a newer version seen meanwhile waits again. */
function scheduleLoad(version: string): void {
  if (state.scheduled || state.loading) return;
  if (state.failedAt?.version === version && Date.now() - state.failedAt.at < RETRY_AFTER_MS) return;
  state.scheduled = setTimeout(() => {
    state.scheduled = null;
    void getDataVersion().then((now) => {
      if (now !== version) return scheduleLoad(now);
      state.loading = loadStatsCube()
        .then((cube) => { state.cube = cube; state.refreshes = 0; state.failed = state.failedAt = null; })
        .catch((e: unknown) => {
          state.failed = e instanceof Error ? e.message : String(e);
          state.failedAt = { version, at: Date.now() };
          console.error(`statistics cube: not loaded, reads stay on SQL (${state.failed})`);
        })
        .finally(() => { state.loading = null; });
    }, () => undefined);
  }, getEnv().STATS_CUBE_SETTLE_MS);
  // a waiting load must not keep a CLI or a test process alive
  state.scheduled.unref?.();
}
