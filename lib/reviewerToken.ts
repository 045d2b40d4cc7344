// Reviewer writes are allowed only with the token set in the configuration. Compared in constant time
// over SHA-256 digests, so neither the token's content nor its length leaks through timing.
import { createHash, timingSafeEqual } from "node:crypto";

export function tokenMatches(given: string | null | undefined, expected: string | undefined): boolean {
  if (!expected || !given) return false;
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** "x-reviewer-token: T" or "authorization: Bearer T". */
export function tokenFromHeaders(headers: Headers): string | null {
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
  return headers.get("x-reviewer-token") ?? bearer ?? null;
}
