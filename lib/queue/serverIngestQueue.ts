// The web server's one connection to the ingest queue, shared by the upload API and the server's own worker.
// Kept on globalThis so that a dev-mode reload of this module does not open a second one.
import type PgBoss from "pg-boss";
import { openIngestQueue } from "./openIngestQueue";

const held = globalThis as typeof globalThis & { narrativeLensIngestQueue?: Promise<PgBoss> | null };

export function serverIngestQueue(): Promise<PgBoss> {
  // a failed start (the database is down) is forgotten, so the next call tries again
  held.narrativeLensIngestQueue ??= openIngestQueue().catch((e: unknown) => {
    held.narrativeLensIngestQueue = null;
    throw e;
  });
  return held.narrativeLensIngestQueue;
}

/** Stops the shared connection (tests, and a server shutting down). */
export async function closeServerIngestQueue(): Promise<void> {
  const open = held.narrativeLensIngestQueue;
  held.narrativeLensIngestQueue = null;
  if (open) await (await open.catch(() => null))?.stop({ graceful: false, wait: true });
}
