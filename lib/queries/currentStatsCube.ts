// The statistics cube of the data as it is now, or null while there is none: a cube answers only for the data
// version it was read at, so after any write the reads go back to SQL until a new one is loaded. A load reads
// every finest statistics row (about a minute at a million passages), so it starts only once the version has
// stayed the same for a while: during a bulk import it changes with every batch, and loading then would only
// slow the import down. One cube per server process, replaced whole.
import { cubeRows, type StatsCube } from "../analysis/statsCube";
import { getEnv } from "../env";
import { getDataVersion } from "./getDataVersion";
import { loadStatsCube } from "./loadStatsCube";

export type StatsCubeState = "off" | "ready" | "waiting" | "loading" | "failed";

interface CubeState {
  cube: StatsCube | null;
  scheduled: ReturnType<typeof setTimeout> | null;
  loading: Promise<void> | null;
  /** why the last load failed, and when: retried after RETRY_AFTER_MS, or at once if the data changes */
  failed: string | null;
  failedAt: { version: string; at: number } | null;
}
// on globalThis, as the Prisma client is (lib/db.ts): Next can bundle route handlers and pages in separate layers,
// each with its own copy of this module, and two cubes would not fit in the server's memory at a million passages
const globalForCube = globalThis as unknown as { statsCube?: CubeState };
const state: CubeState = (globalForCube.statsCube ??= { cube: null, scheduled: null, loading: null, failed: null, failedAt: null });

const RETRY_AFTER_MS = 60_000;

export async function currentStatsCube(): Promise<StatsCube | null> {
  if (getEnv().STATS_CUBE === "off") return null;
  const version = await getDataVersion();
  if (state.cube?.version === version) return state.cube;
  // a stale cube is dropped at once: two would not fit beside the server at a million passages
  state.cube = null;
  scheduleLoad(version);
  return null;
}

/** For /api/health and the bench: whether dashboard reads are answered from a cube now. */
export async function statsCubeState(): Promise<{ state: StatsCubeState; rows?: number; error?: string }> {
  const cube = await currentStatsCube();
  if (getEnv().STATS_CUBE === "off") return { state: "off" };
  if (cube) return { state: "ready", rows: cubeRows(cube) };
  if (state.loading) return { state: "loading" };
  return state.failed ? { state: "failed", error: state.failed } : { state: "waiting" };
}

/** Loads once `version` has lasted STATS_CUBE_SETTLE_MS; a newer version seen meanwhile waits again. */
function scheduleLoad(version: string): void {
  if (state.scheduled || state.loading) return;
  if (state.failedAt?.version === version && Date.now() - state.failedAt.at < RETRY_AFTER_MS) return;
  state.scheduled = setTimeout(() => {
    state.scheduled = null;
    void getDataVersion().then((now) => {
      if (now !== version) return scheduleLoad(now);
      state.loading = loadStatsCube()
        .then((cube) => { state.cube = cube; state.failed = state.failedAt = null; })
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
