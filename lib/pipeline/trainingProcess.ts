// Whether the process running a training attempt has gone (killed, crashed, machine restarted), so its row
// does not hold the one-retraining-at-a-time slot forever.
import os from "node:os";
import type { TrainingAttempt } from "../queries/writes";

/** Hours after which a "running" attempt on another machine, whose process cannot be checked, counts as ended. */
const OTHER_HOST_HOURS = 6;

export function trainingProcessEnded(attempt: Pick<TrainingAttempt, "pid" | "host" | "startedAt">): boolean {
  if (attempt.host !== os.hostname() || attempt.pid === null) {
    return Date.now() - attempt.startedAt.getTime() > OTHER_HOST_HOURS * 3_600_000;
  }
  try {
    process.kill(attempt.pid, 0); // signal 0: only asks whether the process exists
    return false;
  } catch (e) {
    // EPERM: it exists but belongs to another user
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}
