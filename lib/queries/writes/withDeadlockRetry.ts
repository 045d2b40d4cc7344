// PostgreSQL breaks a deadlock by aborting one of the transactions; the aborted one rolled back whole, so
// running it again is safe. Writers that move statistics rows between framings (a reviewer taking a passage
// from official to critical while another takes one from critical to official) can meet this way.
const ATTEMPTS = 4;

export function isDeadlock(e: unknown): boolean {
  return /deadlock detected|40P01/.test(e instanceof Error ? e.message : String(e));
}

export async function withDeadlockRetry<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (e) {
      if (!isDeadlock(e) || attempt >= ATTEMPTS) throw e;
      // a short random pause so the two transactions do not collide again in lockstep
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
