// Failed reviewer-token attempts, counted per client in a sliding window: after too many, the client is
// refused (429) until the window passes, so a token cannot be guessed by brute force. In memory, per
// server process; the log line names the client and the count, never the token tried.

export interface AttemptLimiter {
  /** true when the client may try (again) now */
  allowed(client: string, now?: number): boolean;
  /** records a failure; returns failures in the window, including this one */
  fail(client: string, now?: number): number;
  /** seconds until the oldest failure in the window expires */
  retryAfter(client: string, now?: number): number;
}

export function createAttemptLimiter(maxFailures = 5, windowMs = 60_000): AttemptLimiter {
  const failures = new Map<string, number[]>();
  const recent = (client: string, now: number) => {
    const kept = (failures.get(client) ?? []).filter((t) => now - t < windowMs);
    if (kept.length) failures.set(client, kept);
    else failures.delete(client);
    return kept;
  };
  return {
    allowed: (client, now = Date.now()) => recent(client, now).length < maxFailures,
    fail(client, now = Date.now()) {
      const kept = [...recent(client, now), now];
      failures.set(client, kept);
      return kept.length;
    },
    retryAfter: (client, now = Date.now()) => {
      const kept = recent(client, now);
      return kept.length ? Math.ceil((windowMs - (now - kept[0])) / 1000) : 0;
    },
  };
}

/** The client as the request shows it: the first forwarded-for address, else "local". */
export function clientOf(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0].trim() || headers.get("x-real-ip") || "local";
}

export const reviewerAttempts = createAttemptLimiter();
