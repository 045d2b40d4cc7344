// GET /api/health — is the database reachable? 200 when it is, 503 with a one-line cause when not. Also says
// whether the in-memory statistics cube answers reads now ("ready") or SQL does (waiting, loading, off, failed).
import { checkDatabase } from "@/lib/queries/maintenance";
import { statsCubeState } from "@/lib/queries/stats";

export async function GET() {
  const result = await checkDatabase();
  const statsCube = result.ok ? await statsCubeState().catch(() => ({ state: "failed" as const })) : undefined;
  return Response.json({ ...result, statsCube }, { status: result.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
