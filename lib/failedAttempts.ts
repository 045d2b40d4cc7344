// Failed reviewer-token attempts, counted per client (lib/clientAddress.ts) in a window that starts at the
// client's first failure: after too many, the client is refused (429) until the window ends, so a token cannot
// be guessed by brute force. rate-limiter-flexible's memory store drops each client's count when its window
// ends, whether or not the client comes back. In memory, per server process; the log line names the client
// and the count, never the token tried.
import { RateLimiterMemory } from "rate-limiter-flexible";

export interface AttemptLimiter {
  /** null when the client may try now, else the seconds until it may */
  refusedFor(client: string): Promise<number | null>;
  /** records a failure; returns the client's failures in its window, this one included */
  fail(client: string): Promise<number>;
}

/** `failures` may fail within a window of `windowSeconds`; the next attempt waits for the window's end. */
export function attemptLimiter(failures: number, windowSeconds: number): RateLimiterMemory {
  return new RateLimiterMemory({ points: failures, duration: windowSeconds });
}

export function createAttemptLimiter(limiter: RateLimiterMemory = attemptLimiter(5, 60)): AttemptLimiter {
  return {
    async refusedFor(client) {
      const counted = await limiter.get(client);
      // a window that has ended but whose timer has not yet run counts for nothing
      if (!counted || counted.msBeforeNext <= 0 || counted.consumedPoints < limiter.points) return null;
      return Math.ceil(counted.msBeforeNext / 1000);
    },
    async fail(client) {
      return (await limiter.penalty(client, 1)).consumedPoints;
    },
  };
}

export const reviewerAttempts = createAttemptLimiter();
