// The review loop against a real database: the queue (order, disagreements, filters, reviewed passages leaving
// it), reviewed labels feeding training, and the retraining gate refusing a worse candidate and accepting a
// better one, through the library, the API's background job and the CLI.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import os from "node:os";
import { after, before, describe, test } from "node:test";
import { GET as getQueue } from "../../app/api/review/route";
import { GET as getRetrain, POST as postRetrain } from "../../app/api/review/retrain/route";
import { majorityClass } from "../../lib/classify/baselines";
import { FRAMINGS, type FramingLabel } from "../../lib/classify/labels";
import { trainModel } from "../../lib/classify/model";
import { loadTrainingData } from "../../lib/classify/trainingData";
import { disconnect, getPrisma } from "../../lib/db";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { retrainWithGate, TrainingAlreadyRunning } from "../../lib/pipeline/retrainWithGate";
import { getActiveModel } from "../../lib/queries/reads/getActiveModel";
import { ActiveVersionChanged, saveClassifierModel } from "../../lib/queries/writes/saveClassifierModel";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { startTrainingAttempt } from "../../lib/queries/writes/trainingAttempts";
import { speakerDisagreement } from "../../lib/review/disagreement";
import type { ReviewQueue } from "../../lib/review/reviewQueue";
import { reviewOrder } from "../../lib/review/reviewQueue";
import { emptyDatabase, testModel } from "../support/db";
import { scriptCommand } from "../support/scriptCommand";

const DEMO = ["01-un-panel-presses-beijing", "03-relatives-abroad-nobody-answers", "04-classroom-with-no-windows", "07-all-trainees-have-graduated", "09-waiting-room-in-almaty", "11-former-trainees-press-event"].map((f) => `data/demo/${f}.txt`);
const FOLDS = 3;
const TOKEN = "review-loop-test-token";

async function queue(query: string): Promise<{ status: number; body: ReviewQueue & { error?: string } }> {
  const response = await getQueue(new Request(`http://localhost/api/review${query}`));
  return { status: response.status, body: (await response.json()) as ReviewQueue & { error?: string } };
}
const modelPassages = () => getPrisma().passage.findMany({ where: { labelSource: "model" }, select: { id: true, confidence: true, framing: true, speakerRole: true } });
const other = (f: FramingLabel) => FRAMINGS.find((x) => x !== f)!;

describe("the review loop", () => {
  const savedToken = process.env.REVIEWER_TOKEN;
  before(async () => {
    await emptyDatabase();
    const summary = await ingestInputs(DEMO, testModel());
    assert.equal(summary.failed, 0);
  });
  after(async () => {
    if (savedToken === undefined) delete process.env.REVIEWER_TOKEN;
    else process.env.REVIEWER_TOKEN = savedToken;
    await disconnect();
  });

  test("the queue holds every unreviewed model label, least confident first, with its neighbours", async () => {
    const { status, body } = await queue("?limit=200");
    assert.equal(status, 200);
    const expected = (await modelPassages()).sort(reviewOrder);
    assert.deepEqual(body.items.map((i) => i.id), expected.map((p) => p.id));
    assert.equal(body.total, expected.length);
    const middle = body.items.find((i) => i.position > 0)!;
    const prev = await getPrisma().passage.findUniqueOrThrow({ where: { articleId_position: { articleId: middle.articleId, position: middle.position - 1 } } });
    assert.equal(middle.previous?.text, prev.text);
    const first = body.items.find((i) => i.position === 0)!;
    assert.equal(first.previous, null);
    for (const i of body.items) assert.equal(i.uncertain, i.confidence < body.threshold);
  });

  test("the disagreement queue is exactly the passages the rules name, in the same order", async () => {
    const expected = (await modelPassages()).filter((p) => speakerDisagreement(p.speakerRole, p.framing)).sort(reviewOrder);
    assert.ok(expected.length > 0, "the demo articles quote officials and witnesses: some labels contradict their speaker");
    const { body } = await queue("?queue=disagree&limit=200");
    assert.deepEqual(body.items.map((i) => i.id), expected.map((p) => p.id));
    for (const i of body.items) assert.ok(i.disagreement);
  });

  test("filters narrow the queue; a bad parameter is a 400 naming it", async () => {
    const { body } = await queue("?framing=testimony&limit=200");
    assert.ok(body.items.length > 0 && body.items.every((i) => i.framing === "testimony"));
    for (const bad of ["?queue=loudest", "?framing=neutral", "?limit=0", "?from=May"]) {
      const r = await queue(bad);
      assert.equal(r.status, 400, bad);
      assert.match(r.body.error ?? "", /^bad parameter "(queue|framing|limit|from)"/);
    }
  });

  test("a reviewed passage leaves the queue", async () => {
    const { body } = await queue("?limit=5");
    const first = body.items[0];
    await setHumanLabel(first.id, other(first.framing));
    const next = await queue("?limit=200");
    assert.ok(!next.body.items.some((i) => i.id === first.id));
    assert.equal(next.body.total, body.total - 1);
  });

  let firstVersion = 0;
  test("reviewed labels feed training; the first version is activated with nothing to compare, and records what it learnt", async () => {
    const outcome = await retrainWithGate({ folds: FOLDS });
    assert.equal(outcome.status, "activated");
    assert.equal(outcome.comparison, null);
    assert.equal(outcome.reviewed, 1);
    const training = loadTrainingData("data/training").length;
    assert.equal(outcome.report.trainingSize, training + 1);
    const active = await getActiveModel();
    assert.equal(active?.version, outcome.version);
    const reviewed = await getPrisma().passage.findMany({ where: { labelSource: "human" }, select: { id: true } });
    assert.deepEqual(active?.reviewedPassageIds, reviewed.map((p) => p.id));
    firstVersion = outcome.version;
  });

  test("a worse candidate is refused: the active version stays, the attempt records why", async () => {
    // new reviews the active version has not seen: the first ten of the queue, given the model's own label
    const { body } = await queue("?limit=10");
    for (const i of body.items) await setHumanLabel(i.id, i.framing);
    // the candidate's recipe in the comparison: always the commonest framing, a real and much weaker learner
    const outcome = await retrainWithGate({ folds: FOLDS, candidateTrainer: majorityClass });
    assert.equal(outcome.status, "refused");
    assert.ok(outcome.decision.worseOn.includes("reviewed") && outcome.decision.worseOn.includes("training"));
    assert.equal(outcome.comparison?.reviewed?.examples, 10, "only the reviews version 1 has not seen");
    assert.equal(outcome.comparison?.reviewedSeenByActive, 1);
    assert.ok(outcome.comparison!.reviewed!.candidate.macroF1 < outcome.comparison!.reviewed!.active.macroF1);
    assert.equal((await getActiveModel())?.version, firstVersion, "the active version is unchanged");
    assert.equal(await getPrisma().classifierModel.count(), 1, "the refused candidate is not stored");
    const attempt = await getPrisma().trainingAttempt.findUniqueOrThrow({ where: { id: outcome.attemptId } });
    assert.equal(attempt.status, "refused");
    assert.equal(attempt.activeVersion, firstVersion);
    assert.match(attempt.reason ?? "", /^the candidate was worse on reviewed passages \(macro-F1/);
  });

  test("a better candidate is accepted: a version trained on little data is replaced", async () => {
    // the active version learnt from 30 passages only: the full recipe beats it on the reviewed passages
    const weak = trainModel(loadTrainingData("data/training").filter((_, i) => i % 33 === 0), "bayes");
    const { version: weakVersion } = await saveClassifierModel({ algorithm: "bayes", trainingSize: 30, serialized: weak.serialize(), metrics: {}, reviewedPassageIds: [] });
    const outcome = await retrainWithGate({ folds: FOLDS });
    assert.equal(outcome.status, "activated", outcome.decision.reason);
    assert.equal(outcome.comparedWith, weakVersion);
    const reviewed = outcome.comparison!.reviewed!;
    assert.equal(reviewed.examples, 11, "the weak version learnt no reviews: all eleven count");
    assert.ok(reviewed.candidate.macroF1 > reviewed.active.macroF1, `${reviewed.candidate.macroF1} > ${reviewed.active.macroF1}`);
    const active = await getActiveModel();
    assert.equal(active?.version, outcome.version);
    assert.equal(active?.reviewedPassageIds.length, 11);
  });

  test("a version is not activated over one that became active while it trained", async () => {
    const active = (await getActiveModel())!;
    const count = await getPrisma().classifierModel.count();
    const model = { algorithm: "bayes", trainingSize: 1, serialized: active.serialized, metrics: {}, reviewedPassageIds: [] };
    await assert.rejects(saveClassifierModel(model, { replacing: active.version - 1 }), ActiveVersionChanged);
    assert.equal(await getPrisma().classifierModel.count(), count);
    assert.equal((await getActiveModel())?.version, active.version);
  });

  test("one retraining at a time; a run whose process died does not block the next", async () => {
    const held = await startTrainingAttempt({ trigger: "cli", pid: process.pid, host: os.hostname() }, () => false);
    assert.ok(held.ok);
    await assert.rejects(retrainWithGate({ folds: FOLDS }), TrainingAlreadyRunning);
    // a process id no process has: the attempt is closed as failed, and the next one runs
    await getPrisma().trainingAttempt.update({ where: { id: held.id }, data: { pid: 2 ** 22 + 17 } });
    const outcome = await retrainWithGate({ folds: FOLDS });
    assert.equal(outcome.status, "activated", "nothing new reviewed: the same recipe is not worse");
    const closed = await getPrisma().trainingAttempt.findUniqueOrThrow({ where: { id: held.id } });
    assert.equal(closed.status, "failed");
    assert.match(closed.reason ?? "", /ended before it finished/);
  });

  test("the Retrain API: read-only without a token, 401 with a wrong one, a background job with the right one", async () => {
    delete process.env.REVIEWER_TOKEN;
    assert.equal((await postRetrain(new Request("http://localhost/api/review/retrain", { method: "POST" }))).status, 403);
    process.env.REVIEWER_TOKEN = TOKEN;
    assert.equal((await postRetrain(new Request("http://localhost/api/review/retrain", { method: "POST", headers: { "x-reviewer-token": "not-the-token" } }))).status, 401);
    const before = (await getActiveModel())!.version;
    // one more review the active version has not seen, then a retraining from the dashboard
    const { body } = await queue("?limit=1");
    await setHumanLabel(body.items[0].id, body.items[0].framing);
    const started = await postRetrain(new Request("http://localhost/api/review/retrain", { method: "POST", headers: { "x-reviewer-token": TOKEN } }));
    assert.equal(started.status, 202);
    const again = await postRetrain(new Request("http://localhost/api/review/retrain", { method: "POST", headers: { "x-reviewer-token": TOKEN } }));
    assert.equal(again.status, 409, "only one retraining at a time");
    let status: { running: boolean; latest: { status: string; progress: string | null }; lastCompared: { id: number; comparison: { comparison: { activeVersion: number } } } };
    const progress = new Set<string>();
    const deadline = Date.now() + 240_000;
    do {
      await new Promise((r) => setTimeout(r, 500));
      status = (await (await getRetrain(new Request("http://localhost/api/review/retrain"))).json()) as typeof status;
      if (status.latest.progress) progress.add(status.latest.progress);
    } while (status.running && Date.now() < deadline);
    assert.equal(status.running, false, "the job finished within four minutes");
    assert.match(status.latest.status, /^(activated|refused)$/);
    assert.equal(status.lastCompared.comparison.comparison.activeVersion, before);
    assert.ok([...progress].some((p) => /fold|training|comparing/.test(p)), `progress was reported: ${[...progress].join(" | ")}`);
  });

  test("npm run train prints the comparison and says whether it activated or kept the version", () => {
    const r = spawnSync(...scriptCommand("train", ["--folds", String(FOLDS)]), { encoding: "utf8", env: process.env, timeout: 240_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /candidate against version \d+, on passages neither trained on \(3-fold/);
    assert.match(r.stdout, /^held-out training folds +\d+ +\d+\.\d% +\d+\.\d%/m);
    assert.match(r.stdout, /^(activated version \d+ \(bayes, \d+ examples, 12 from reviewers\): not worse than version \d+|kept version \d+: the candidate was worse on )/m);
  });
});
