// Each view is written once (lib/views) for its page and its API route: the route's JSON is what the page's loader
// returns for the same address, every route names a bad parameter in a 400, and a loader or a write that fails is
// a JSON 500 that tells the client nothing of the failure but a reference.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { GET as compareApi } from "../../app/api/compare/route";
import { GET as concordanceApi } from "../../app/api/concordance/route";
import { GET as contestedApi } from "../../app/api/contested/route";
import { GET as evaluationApi } from "../../app/api/evaluation/route";
import { GET as keynessApi } from "../../app/api/keyness/route";
import { GET as overviewApi } from "../../app/api/overview/route";
import { GET as passagesApi } from "../../app/api/passages/route";
import { GET as retrainApi } from "../../app/api/review/retrain/route";
import { GET as reviewApi } from "../../app/api/review/route";
import { GET as timelineApi } from "../../app/api/timeline/route";
import { countTerms } from "../../lib/analysis/terms";
import { evaluateClassifier } from "../../lib/classify/evaluateClassifier";
import type { FramingLabel } from "../../lib/classify/labels";
import { loadTrainingData } from "../../lib/classify/trainingData";
import { disconnect } from "../../lib/db";
import { joinPassages } from "../../lib/ingest/buildArticle";
import { saveArticle, saveClassifierModel } from "../../lib/queries/writes";
import { toRecord } from "../../lib/viewParams";
import {
  compareView, concordanceView, contestedView, evaluationView, keynessView, overviewView, passagesView, retrainStatusView, reviewView, timelineView, type View,
} from "../../lib/views";
import { emptyDatabase } from "../support/db";

type Route = (request: Request) => Promise<Response>;

async function store(outlet: string, published: string, passages: [FramingLabel, string][]) {
  const { cleanedText, passages: drafts } = joinPassages(passages.map(([, text]) => text));
  await saveArticle({
    title: `${outlet} ${published}`, byline: null, outlet, url: null, publishedAt: published, language: "en",
    contentHash: `${outlet}-${published}`, sourceFile: null, cleanedText, modelVersion: 1,
    passages: drafts.map((d, i) => ({ ...d, framing: passages[i][0], confidence: 0.5 + i / 10, terms: countTerms(d.text) })),
  });
}

const get = (route: Route, api: string, query: string) => route(new Request(`http://localhost${api}?${query}`));

/** What the page renders for this address: the view's parse and loader, as JSON would carry it. */
async function pageData<P, D>(view: View<P, D>, query: string) {
  const parsed = view.parse(toRecord(new URLSearchParams(query)));
  assert.ok(parsed.ok, query);
  return JSON.parse(JSON.stringify(await view.load(parsed.value)));
}

describe("views shared by page and API", () => {
  before(async () => {
    await emptyDatabase();
    for (const [i, day] of ["2019-01-05", "2019-03-05", "2020-06-05", "2021-02-10"].entries()) {
      await store(`Outlet ${i % 2 ? "B" : "A"}`, day, [
        ["testimony", `I was held in the re-education camps for months, and my brother ${i} was held in re-education camps too.`],
        ["official", `The vocational training centres teach law and vocational training, the spokesperson ${i} said.`],
        ["critical", `Researchers documented internment camps and detention centres across the region ${i}.`],
      ]);
    }
    // a stored model with an evaluation, measured on a twelfth of the training data (about a second)
    const examples = loadTrainingData("data/training").filter((_, i) => i % 12 === 0);
    const metrics = JSON.parse(JSON.stringify(evaluateClassifier(examples, { folds: 3 })));
    await saveClassifierModel({ algorithm: "bayes", trainingSize: examples.length, metrics, serialized: "{}" });
  });
  after(disconnect);

  const SAME: [string, View<never, unknown>, Route, string, string][] = [
    ["overview", overviewView, overviewApi, "/api/overview", "framing=testimony&framing=official&from=2019-01&table=terms"],
    ["overview of a term", overviewView, overviewApi, "/api/overview", "term=camp"],
    ["passages", passagesView, passagesApi, "/api/passages", "outlet=Outlet A&page=2&pageSize=2"],
    ["keyness", keynessView, keynessApi, "/api/keyness", "a.framing=testimony&b.framing=official&limit=5"],
    ["compare", compareView, compareApi, "/api/compare", "a.from=2019-01&a.to=2019-12&b.from=2020-01&limit=10"],
    ["concordance", concordanceView, concordanceApi, "/api/concordance", "phrase=re-education camps&sort=left"],
    ["concordance of a contested name", concordanceView, concordanceApi, "/api/concordance", "contested=facilities.internment-camps"],
    ["contested", contestedView, contestedApi, "/api/contested", "by=year&outlet=Outlet B"],
    ["timeline", timelineView, timelineApi, "/api/timeline", "outlet=Outlet A"],
    ["timeline of a phrase", timelineView, timelineApi, "/api/timeline", "phrase=vocational training"],
    ["evaluation", evaluationView, evaluationApi, "/api/evaluation", ""],
    ["review", reviewView, reviewApi, "/api/review", "queue=uncertain&limit=4"],
    ["retraining", retrainStatusView, retrainApi, "/api/review/retrain", ""],
  ] as never;

  for (const [name, view, route, api, query] of SAME) {
    test(`${name}: the API's JSON is what the page's loader returns`, async () => {
      const response = await get(route, api, query);
      assert.equal(response.status, 200, await response.clone().text());
      assert.deepEqual(await response.json(), await pageData(view, query));
    });
  }

  test("the views are not empty: the loaders read the corpus", async () => {
    const compare = await pageData(compareView as View<never, unknown>, "a.from=2019-01&a.to=2019-12&b.from=2020-01");
    assert.equal(compare.mixA.total, 6);
    assert.ok(compare.frequentA.terms.some((t: { term: string }) => t.term === "re-education camps"), "compare carries each side's frequent terms");
    const concordance = await pageData(concordanceView as View<never, unknown>, "contested=facilities.internment-camps");
    assert.equal(concordance.total, 4);
    const evaluation = await pageData(evaluationView as View<never, unknown>, "");
    assert.equal(evaluation.model.version, 1);
    assert.ok(evaluation.report.calibration.heldOut.reliability.length > 0 && evaluation.speakers.heldOut.passages > 0);
  });

  test("the evaluation's CSV tables: per-label scores under every scheme, reliability bins, speakers", async () => {
    const csv = async (table: string) => (await (await get(evaluationApi, "/api/evaluation", `format=csv&table=${table}`)).text()).trim().split("\r\n");
    const scores = await csv("scores");
    assert.equal(scores[0], "scheme,model,label,precision,recall,f1,support");
    assert.equal(scores.length - 1, 3 * 3 * 3, "three schemes × three models × three labels");
    assert.ok(scores.some((l) => l.startsWith("loro,voice features (the model),testimony,")));
    assert.equal((await csv("reliability"))[0], "from,to,count,confidence,accuracy");
    assert.deepEqual((await csv("speakers")).map((l) => l.split(",")[0]), ["set", "all", "development", "heldOut"]);
    const response = await get(evaluationApi, "/api/evaluation", "format=csv");
    assert.match(response.headers.get("content-disposition") ?? "", /filename="narrative-lens_evaluation-scores_model-1\.csv"/);
  });

  test("compare downloads each of its tables", async () => {
    const response = await get(compareApi, "/api/compare", "a.framing=testimony&b.framing=official&format=csv&table=frequent");
    const lines = (await response.text()).trim().split("\r\n");
    assert.equal(lines[0], "side,term,key,n,count,passages");
    assert.ok(lines.some((l) => l.startsWith("A,re-education camps,re-educ camp,2,8,")), lines.join("\n"));
    assert.match(response.headers.get("content-disposition") ?? "", /narrative-lens_compare-frequent_collection-xinjiang_A-framing-testimony_B-framing-official\.csv/);
  });

  const BAD: [Route, string, string, string][] = [
    [overviewApi, "/api/overview", "table=cubes", "table"],
    [overviewApi, "/api/overview", "format=xml", "format"],
    [passagesApi, "/api/passages", "pageSize=0", "pageSize"],
    [keynessApi, "/api/keyness", "b.from=2020-13", "b.from"],
    [compareApi, "/api/compare", "a.framing=official&limit=0", "limit"],
    [concordanceApi, "/api/concordance", "phrase=camps&sort=sideways", "sort"],
    [concordanceApi, "/api/concordance", "framing=official", "term"],
    [concordanceApi, "/api/concordance", "contested=facilities.no-such-name", "contested"],
    [contestedApi, "/api/contested", "group=no-such-group", "group"],
    [timelineApi, "/api/timeline", "to=2021-02-30", "to"],
    [evaluationApi, "/api/evaluation", "table=everything", "table"],
    [evaluationApi, "/api/evaluation", "download=yes", "download"],
    [reviewApi, "/api/review", "queue=loudest", "queue"],
  ];
  for (const [route, api, query, param] of BAD) {
    test(`${api}?${query} is a 400 naming "${param}"`, async () => {
      const response = await get(route, api, query);
      assert.equal(response.status, 400);
      assert.match(((await response.json()) as { error: string }).error, new RegExp(`^bad parameter "${param.replace(".", "\\.")}"`));
    });
  }
});

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("a loader or a write that fails is a JSON 500 with a reference, logged on the server, never sent", async () => {
  const secret = "pw-never-shown-7f3a";
  const url = `postgresql://someone:${secret}@127.0.0.1:${await closedPort()}/nowhere`;
  const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["tests/support/answerWithoutDatabase.ts"], {
    env: { ...process.env, DATABASE_URL: url, REVIEWER_TOKEN: "a-reviewer-token", STATS_CUBE: "off" }, encoding: "utf8", timeout: 120_000,
  });
  const answers = run.stdout.trim().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as { status: number; body: string });
  assert.equal(answers.length, 2, run.stdout + run.stderr);
  for (const { status, body } of answers) {
    assert.equal(status, 500);
    const json = JSON.parse(body) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json).sort(), ["error", "ref"]);
    assert.equal(json.error, "internal error");
    assert.match(String(json.ref), /^[0-9a-f]{8}$/);
    assert.ok(!body.includes(secret) && !body.includes("127.0.0.1") && !/\bat \S+:\d+/.test(body), body);
    // the server's log has the failure under the same reference
    assert.match(run.stderr, new RegExp(`failed \\(ref ${json.ref}\\):[^]*DatabaseNotReachable`));
  }
});
