// Runs once when the Next server starts (lib/onServerStart.ts), in the Node runtime only.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/onServerStart")).onServerStart();
}
