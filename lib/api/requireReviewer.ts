// The reviewer check every write route shares: 403 when no REVIEWER_TOKEN is configured (read-only), 429 after
// five wrong tokens a minute from one client, 401 on a wrong or missing token; null when the token matches.
import { getEnv } from "../env";
import { clientOf, reviewerAttempts } from "../failedAttempts";
import { tokenFromHeaders, tokenMatches } from "../reviewerToken";

export function requireReviewer(request: Request, action: string): Response | null {
  const expected = getEnv().REVIEWER_TOKEN;
  if (!expected) return Response.json({ error: `read-only: no REVIEWER_TOKEN is configured, so ${action}` }, { status: 403 });
  const client = clientOf(request.headers);
  if (!reviewerAttempts.allowed(client)) {
    const retry = reviewerAttempts.retryAfter(client);
    return Response.json({ error: `too many wrong reviewer tokens: try again in ${retry} s` }, { status: 429, headers: { "retry-after": String(retry) } });
  }
  if (!tokenMatches(tokenFromHeaders(request.headers), expected)) {
    const failures = reviewerAttempts.fail(client);
    console.warn(`[review] wrong or missing reviewer token from ${client} (${failures} in the last minute)`);
    return Response.json({ error: "wrong or missing reviewer token" }, { status: 401 });
  }
  return null;
}
