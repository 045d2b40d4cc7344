// Waits until the server's statistics cube answers reads (/api/health says "ready"), polling once a second.
export async function waitForStatsCube(base: string, timeoutMs = 15 * 60_000): Promise<{ rows: number; readySeconds: number } | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const health = await fetch(`${base}/api/health`).then((r) => r.json() as Promise<{ statsCube?: { state: string; rows?: number; error?: string } }>, () => null);
    const cube = health?.statsCube;
    if (cube?.state === "ready") return { rows: cube.rows ?? 0, readySeconds: (Date.now() - started) / 1000 };
    if (cube?.state === "off" || cube?.state === "failed") {
      if (cube.error) console.error(`statistics cube failed: ${cube.error}`);
      return null;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return null;
}
