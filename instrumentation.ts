// Runs once when the Next server starts: begins loading the statistics cube (lib/queries/currentStatsCube.ts)
// at once, rather than on the first request that asks for keyness, so that it is ready sooner. Not awaited:
// the server serves from SQL meanwhile.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { currentStatsCube } = await import("./lib/queries/currentStatsCube");
  // a database that is not up yet is the health check's to report, not startup's
  void currentStatsCube().catch(() => undefined);
}
