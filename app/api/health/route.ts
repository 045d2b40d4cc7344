// GET /api/health — is the database reachable? 200 when it is, 503 with a one-line cause when not.
import { checkDatabase } from "@/lib/queries/checkDatabase";

export async function GET() {
  const result = await checkDatabase();
  return Response.json(result, { status: result.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
