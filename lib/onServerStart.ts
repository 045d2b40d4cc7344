// What the web server does once as it starts (instrumentation.ts), in Node only.
import v8 from "node:v8";
import { getEnv } from "./env";
import { currentStatsCube } from "./queries/stats";
import { startServerIngestWorker } from "./queue/startServerIngestWorker";
import { stampPeerAddresses } from "./peerAddress";

export function onServerStart(): void {
  // each request's connection address, for limits kept per client (lib/clientAddress.ts)
  stampPeerAddresses();
  // V8 lets the heap grow up to four times what a full collection left live while allocation is fast, and keeps
  // what it took: under 16 concurrent page renders the server grew by 200–250 MiB and stayed there. A fixed,
  // smaller growth collects sooner; the flag is read at each collection, so setting it now takes effect
  const growth = getEnv().SERVER_HEAP_GROWTH_PERCENT;
  if (growth > 0) v8.setFlagsFromString(`--heap-growing-percent=${growth}`);
  // the statistics cube starts loading at once, rather than on the first request that asks for keyness, so
  // that it is ready sooner. Not awaited: the server serves from SQL meanwhile, and a database that is not up
  // yet is the health check's to report, not startup's
  void currentStatsCube().catch(() => undefined);
  // articles added from the browser are queued; the server reads them itself. Only a server that accepts
  // writes (a reviewer token is configured) takes jobs: a read-only dashboard writes nothing
  const env = getEnv();
  if (env.REVIEWER_TOKEN) startServerIngestWorker(env.INGEST_SERVER_WORKERS);
}
