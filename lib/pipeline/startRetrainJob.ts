// The Review page's Retrain button: the server claims the one retraining slot, then runs `npm run train` for
// that attempt in a child process, so training (tens of seconds to minutes of CPU) never blocks a request. The
// child's progress lines are stored on the attempt as they come; if it dies without finishing, the attempt is
// closed as failed with its last words.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { getEnv } from "../env";
import { finishTrainingAttempt, type StartedAttempt, startTrainingAttempt, updateTrainingAttempt } from "../queries/writes";
import { trainingProcessEnded } from "./trainingProcess";

const PROGRESS = /^\[train\] (.+)$/;

export async function startRetrainJob(): Promise<StartedAttempt> {
  const started = await startTrainingAttempt({ trigger: "dashboard", pid: process.pid, host: os.hostname() }, trainingProcessEnded);
  if (!started.ok) return started;
  const id = started.id;
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const child = spawn(tsx, ["scripts/train.ts", "--attempt", String(id), "--folds", String(getEnv().RETRAIN_FOLDS)], {
    cwd: process.cwd(), stdio: ["ignore", "ignore", "pipe"],
  });
  const lastLines: string[] = [];
  // one write at a time, in order: a late progress line must not overwrite a newer one
  let writes = Promise.resolve();
  readline.createInterface({ input: child.stderr }).on("line", (line) => {
    lastLines.push(line);
    if (lastLines.length > 5) lastLines.shift();
    const progress = PROGRESS.exec(line)?.[1];
    if (progress) writes = writes.then(() => updateTrainingAttempt(id, { progress })).catch(() => {});
  });
  const failed = (why: string) => {
    writes = writes.then(() => finishTrainingAttempt(id, { status: "failed", reason: why })).catch((e: unknown) => {
      console.error(`[retrain] could not record the failure of attempt ${id}: ${e instanceof Error ? e.message : e}`);
    });
  };
  child.on("error", (e) => failed(`the training process could not start: ${e.message}`));
  child.on("exit", (code, signal) => {
    // a finished run has already closed its attempt, and finishing it again changes nothing
    if (code !== 0) failed(`the training process ${signal ? `was killed (${signal})` : `exited with code ${code}`}: ${lastLines.join(" / ")}`);
  });
  return started;
}
