// How long the server takes to bring its statistics cube up to date after a reviewer's relabel: the relabel
// commits, then /api/health is polled (each poll a read that finds the cube stale, the first one starting the
// refresh) until it is "ready" with one more refresh. The passage is relabelled back after (it stays marked
// as reviewed by a human). Null when the server loaded its cube whole instead.
import { FRAMINGS } from "../../../lib/classify/labels";
import { getPrisma } from "../../../lib/db";
import { setHumanLabel } from "../../../lib/queries/writes";

interface CubeHealth { state: string; refreshes?: number }
const cubeHealth = async (base: string): Promise<CubeHealth | undefined> =>
  (await fetch(`${base}/api/health`).then((r) => r.json() as Promise<{ statsCube?: CubeHealth }>, () => null))?.statsCube;

export interface RefreshTiming { relabelMs: number; refreshMs: number }

export async function timeStatsCubeRefresh(base: string): Promise<RefreshTiming[] | null> {
  const passage = await getPrisma().passage.findFirst({ orderBy: { id: "desc" }, select: { id: true, framing: true } });
  if (!passage) return null;
  const timings: RefreshTiming[] = [];
  for (const framing of [FRAMINGS.find((f) => f !== passage.framing)!, passage.framing]) {
    const before = await cubeHealth(base);
    if (before?.state !== "ready") return null;
    const started = performance.now();
    await setHumanLabel(passage.id, framing);
    const relabelled = performance.now();
    for (;;) {
      const now = await cubeHealth(base);
      if (now?.state === "ready" && now.refreshes === (before.refreshes ?? 0) + 1) break;
      if (now?.state !== "ready" && now?.state !== "refreshing") return null;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    timings.push({ relabelMs: relabelled - started, refreshMs: performance.now() - relabelled });
  }
  return timings;
}
