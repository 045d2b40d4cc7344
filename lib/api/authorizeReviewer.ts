// The reviewer-token check every writing route starts with: 403 when no REVIEWER_TOKEN is configured (the
// dashboard is read-only), 429 after five wrong tokens a minute from one client (its connection's address, or
// the trusted proxy's hop: lib/requestClient.ts), 401 on a wrong or missing token. Null when the request may write.
import { getEnv } from "../env";
import { reviewerAttempts } from "../failedAttempts";
import { requestClient } from "../requestClient";
import { tokenFromHeaders, tokenMatches } from "../reviewerToken";

export async function authorizeReviewer(request: Request, readOnlyMessage: string): Promise<Response | null> {
  const expected = getEnv().REVIEWER_TOKEN;
  if (!expected) return Response.json({ error: readOnlyMessage }, { status: 403 });
  const client = requestClient(request.headers);
  const retry = await reviewerAttempts.refusedFor(client);
  if (retry !== null) {
    return Response.json({ error: `too many wrong reviewer tokens: try again in ${retry} s` }, { status: 429, headers: { "retry-after": String(retry) } });
  }
  if (!tokenMatches(tokenFromHeaders(request.headers), expected)) {
    const failures = await reviewerAttempts.fail(client);
    console.warn(`[review] wrong or missing reviewer token from ${client} (${failures} in the last minute)`);
    return Response.json({ error: "wrong or missing reviewer token" }, { status: 401 });
  }
  return null;
}
