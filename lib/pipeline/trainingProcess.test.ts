import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import os from "node:os";
import { test } from "node:test";
import { trainingProcessEnded } from "./trainingProcess";

const now = new Date();
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

test("a running process on this machine holds its attempt; a finished one does not", () => {
  assert.equal(trainingProcessEnded({ pid: process.pid, host: os.hostname(), startedAt: now }), false);
  const finished = spawnSync(process.execPath, ["-e", ""]);
  assert.equal(trainingProcessEnded({ pid: finished.pid, host: os.hostname(), startedAt: now }), true);
});

test("a process on another machine cannot be checked: its attempt counts as ended only after six hours", () => {
  assert.equal(trainingProcessEnded({ pid: 1234, host: "another-machine", startedAt: hoursAgo(1) }), false);
  assert.equal(trainingProcessEnded({ pid: 1234, host: "another-machine", startedAt: hoursAgo(7) }), true);
  assert.equal(trainingProcessEnded({ pid: null, host: os.hostname(), startedAt: hoursAgo(7) }), true);
});
