// People correct the machine: a reviewer's label is stored as human, survives classify-all and retraining,
// is learnt by the next training run, and can only be written with the configured token.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { POST } from "../../app/api/passages/[id]/label/route";
import { FRAMINGS, type FramingLabel } from "../../lib/classify/labels";
import { labelArticle } from "../../lib/classify/labelArticle";
import { disconnect, getPrisma } from "../../lib/db";
import { getEnv } from "../../lib/env";
import { classifyAll } from "../../lib/pipeline/classifyAll";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { loadActiveModel } from "../../lib/pipeline/loadModel";
import { trainAndStore } from "../../lib/pipeline/trainAndStore";
import { REVIEWED_SUBJECT, trainingExamples } from "../../lib/pipeline/trainingExamples";
import { getFramingByOutlet } from "../../lib/queries/reads/getFramingByOutlet";
import { getPassages } from "../../lib/queries/reads/getPassages";
import { rebuildStats } from "../../lib/queries/stats/rebuildStats";
import { PEER_ADDRESS_HEADER } from "../../lib/clientAddress";
import { stampPeerAddresses } from "../../lib/peerAddress";
import { saveModelLabels } from "../../lib/queries/writes/saveModelLabels";
import { emptyDatabase, testModel } from "../support/db";
import { scriptCommand } from "../support/scriptCommand";

const DEMO = ["data/demo/01-un-panel-presses-beijing.txt", "data/demo/04-classroom-with-no-windows.txt"];
const other = (f: FramingLabel) => FRAMINGS.find((x) => x !== f)!;

function labelRequest(id: number, body: unknown, token?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", ...(token ? { "x-reviewer-token": token } : {}) };
  return POST(new Request(`http://localhost/api/passages/${id}/label`, { method: "POST", headers, body: JSON.stringify(body) }), { params: Promise.resolve({ id: String(id) }) });
}

describe("reviewer labels", () => {
  let passageId = 0;
  let humanFraming: FramingLabel = "official";
  const savedToken = process.env.REVIEWER_TOKEN;

  before(async () => {
    await emptyDatabase();
    await ingestInputs(DEMO, testModel());
    const p = await getPrisma().passage.findFirstOrThrow({ orderBy: { id: "asc" } });
    passageId = p.id;
    humanFraming = other(p.framing);
  });
  after(async () => {
    if (savedToken === undefined) delete process.env.REVIEWER_TOKEN;
    else process.env.REVIEWER_TOKEN = savedToken;
    await disconnect();
  });

  test("without a configured token the API is read-only: 403, nothing written", async () => {
    delete process.env.REVIEWER_TOKEN;
    const response = await labelRequest(passageId, { framing: humanFraming }, "anything-at-all");
    assert.equal(response.status, 403);
    assert.match(((await response.json()) as { error: string }).error, /read-only/);
    assert.equal((await getPrisma().passage.findUniqueOrThrow({ where: { id: passageId } })).labelSource, "model");
  });

  test("with a token configured: a wrong token is refused, bad input is a 400, the right token writes a human label", async () => {
    process.env.REVIEWER_TOKEN = "test-reviewer-token";
    assert.equal((await labelRequest(passageId, { framing: humanFraming }, "wrong-token-here")).status, 401);
    assert.equal((await labelRequest(passageId, { framing: humanFraming })).status, 401);
    assert.equal((await labelRequest(passageId, { framing: "propaganda" }, "test-reviewer-token")).status, 400);
    assert.equal((await labelRequest(999_999, { framing: humanFraming }, "test-reviewer-token")).status, 404);
    const ok = await labelRequest(passageId, { framing: humanFraming }, "test-reviewer-token");
    assert.equal(ok.status, 200);
    const stored = await getPrisma().passage.findUniqueOrThrow({ where: { id: passageId } });
    assert.equal(stored.framing, humanFraming);
    assert.equal(stored.labelSource, "human");
    assert.notEqual(stored.modelFraming, humanFraming, "the model's own label is kept beside it");
  });

  test("classify-all re-labels model passages, reports changes, and leaves the human label alone", async () => {
    // an earlier model labelled one passage differently: classify-all has something to change back
    const victim = await getPrisma().passage.findFirstOrThrow({ where: { labelSource: "model" }, orderBy: { id: "desc" } });
    await saveModelLabels([{ id: victim.id, framing: other(victim.framing), confidence: 0.5, modelVersion: 6, speakerName: null, speakerRole: null }]);
    const summary = await classifyAll({ ...testModel(), version: 7 });
    assert.equal(summary.human, 1);
    assert.ok(summary.changed >= 1);
    assert.equal((await getPrisma().passage.findUniqueOrThrow({ where: { id: victim.id } })).framing, victim.framing);
    const human = await getPrisma().passage.findUniqueOrThrow({ where: { id: passageId } });
    assert.equal(human.framing, humanFraming);
    assert.equal(human.labelSource, "human");
    assert.ok(human.modelFraming && human.modelFraming !== humanFraming);
  });

  test("classify-all re-labels a slice of articles at a time, each passage as labelArticle labels it, with progress after each slice", async () => {
    const model = { ...testModel(), version: 8 };
    const progress: number[] = [];
    const summary = await classifyAll(model, { articlesPerSlice: 1, onProgress: (passages) => progress.push(passages) });
    const rows = await getPrisma().passage.findMany({ orderBy: [{ articleId: "asc" }, { position: "asc" }] });
    assert.equal(summary.passages, rows.length);
    const byArticle = new Map<number, typeof rows>();
    for (const r of rows) byArticle.set(r.articleId, [...(byArticle.get(r.articleId) ?? []), r]);
    assert.equal(byArticle.size, DEMO.length);
    // one slice per article, each counted once it is saved
    let saved = 0;
    assert.deepEqual(progress, [...byArticle.values()].map((passages) => (saved += passages.length)));
    for (const passages of byArticle.values()) {
      const expected = labelArticle(passages.map((p) => p.text), model.model);
      assert.deepEqual(
        passages.map((p) => [p.modelFraming, p.modelVersion, p.speakerName, p.speakerRole]),
        expected.map((e) => [e.prediction.label, 8, e.speaker?.name ?? null, e.speaker?.role ?? null]),
      );
    }
    assert.equal((await getPrisma().passage.findUniqueOrThrow({ where: { id: passageId } })).framing, humanFraming, "the reviewer's label stays in force");
  });

  test("relabelling keeps the precomputed statistics equal to a recount", async () => {
    const snapshot = () => getPrisma().$queryRaw`SELECT framing::text, outlet_id, month, passages, tokens FROM passage_stat ORDER BY 1, 2, 3`;
    const terms = () => getPrisma().$queryRaw`
      SELECT 'word' AS kind, framing::text, outlet_id, month, stem, count, passages, articles, articles_only, articles_without_previous FROM term_stat
      UNION ALL SELECT 'phrase', framing::text, outlet_id, month, stem, count, passages, articles, articles_only, articles_without_previous FROM phrase_stat
      ORDER BY 1, 2, 3, 4, 5`;
    const before = [await snapshot(), await terms(), await getFramingByOutlet({})];
    await rebuildStats();
    assert.deepEqual([await snapshot(), await terms(), await getFramingByOutlet({})], before);
  });

  test("the dashboard can list reviewer labels only, model labels, and uncertain model labels", async () => {
    const humanOnly = await getPassages({ labels: "human" });
    assert.deepEqual(humanOnly.rows.map((r) => r.id), [passageId]);
    const human = humanOnly.rows[0];
    const byModel = await getPassages({ labels: "model", framing: [human.modelFraming!] }, 1, 500);
    assert.ok(byModel.rows.some((r) => r.id === passageId), "in model view the passage counts under the model's framing");
    const byForce = await getPassages({ framing: [human.modelFraming!] }, 1, 500);
    assert.ok(!byForce.rows.some((r) => r.id === passageId), "by default the reviewer's label is the one in force");
    const uncertain = await getPassages({ uncertain: "1" }, 1, 500);
    for (const r of uncertain.rows) {
      assert.equal(r.labelSource, "model");
      assert.ok(r.confidence < getEnv().UNCERTAIN_BELOW);
    }
  });

  test("the next training learns the reviewer's label, and the label survives retraining and re-labelling", async () => {
    const { examples, reviewed } = await trainingExamples();
    assert.equal(reviewed, 1);
    assert.ok(examples.some((e) => e.subject === REVIEWED_SUBJECT && e.label === humanFraming));
    const { version, report } = await trainAndStore({ algorithms: ["bayes"] });
    assert.ok(report.subjects.includes(REVIEWED_SUBJECT));
    const active = await loadActiveModel();
    assert.equal(active?.version, version);
    await classifyAll(active!);
    const human = await getPrisma().passage.findUniqueOrThrow({ where: { id: passageId } });
    assert.equal(human.framing, humanFraming);
    assert.equal(human.labelSource, "human");
    assert.equal(human.modelVersion, version);
  });

  test("npm run classify-all reports how many passages changed framing and that reviewer labels were kept", () => {
    const r = spawnSync(...scriptCommand("classify-all"), { encoding: "utf8", env: process.env, timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /re-labelled \d+ passages with model version \d+: 0 changed framing, 1 reviewer labels kept as they were/);
  });

  test("wrong tokens are rate-limited per client and never logged", async () => {
    process.env.REVIEWER_TOKEN = "the-right-token-for-this-test";
    const logged: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { logged.push(args.join(" ")); };
    // as the server does: it writes each request's connection address (lib/peerAddress.ts); a new
    // X-Forwarded-For on every guess changes nothing
    stampPeerAddresses();
    const attempt = (token: string, i = 0) => POST(new Request(`http://localhost/api/passages/${passageId}/label`, {
      method: "POST", body: JSON.stringify({ framing: humanFraming }),
      headers: { "content-type": "application/json", "x-reviewer-token": token, [PEER_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": `203.0.113.${i}` },
    }), { params: Promise.resolve({ id: String(passageId) }) });
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await attempt(`guess-number-${i}`, i)).status);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
      const blocked = await attempt("the-right-token-for-this-test");
      assert.equal(blocked.status, 429, "even the right token waits out the window");
      assert.match(blocked.headers.get("retry-after") ?? "", /^\d+$/);
    } finally {
      console.warn = warn;
    }
    assert.equal(logged.length, 5);
    assert.ok(logged.every((l) => l.includes("198.51.100.7") && !l.includes("guess-number")));
  });
});
