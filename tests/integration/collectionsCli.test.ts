// Collections from the outside: `npm run ingest -- --collection` (directly and through the queue), `npm run
// collections` (its output read through a pipe) and the API (reviewer token). After every change each collection's
// statistics equal a rebuild from the passages, and what the statistics answer for a collection equals what its
// passages answer.
import assert from "node:assert/strict";
import path from "node:path";
import { runPiped } from "../support/pipedCli";
import { after, before, describe, test } from "node:test";
import { GET as listRoute } from "../../app/api/collections/route";
import { DELETE as deleteRoute, PATCH as patchRoute } from "../../app/api/collections/[name]/route";
import { POST as addRoute } from "../../app/api/collections/[name]/articles/route";
import { DELETE as removeRoute } from "../../app/api/collections/[name]/articles/[id]/route";
import { disconnect, getPrisma } from "../../lib/db";
import { collectInputFiles } from "../../lib/ingest/sources";
import { getKeyness } from "../../lib/queries/reads/keyness/getKeyness";
import { listCollections } from "../../lib/queries/reads/listCollections";
import { rebuildStats } from "../../lib/queries/stats/rebuildStats";
import { saveClassifierModel } from "../../lib/queries/writes/saveClassifierModel";
import { INGEST_QUEUE, QUEUE_SCHEMA } from "../../lib/queue/ingestJob";
import type { Filters } from "../../lib/schema";
import { assertSameRows, emptyDatabase, statsSnapshot, testModel } from "../support/db";

const SARN = "data/demo-collections/sarn-dam";
const SARN_FILES = collectInputFiles([SARN]).files;
const DEMO_FILES = collectInputFiles(["data/demo"]).files.slice(0, 4);
const TOKEN = "collections-test-reviewer-token";
const savedToken = process.env.REVIEWER_TOKEN;

const cli = runPiped;
const collections = (...args: string[]) => cli("collections", args);
const errorLines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("error:"));

async function membersOf(name: string): Promise<number[]> {
  const rows = await getPrisma().$queryRaw<{ id: number }[]>`
    SELECT m.article_id AS id FROM article_collection m JOIN collection c ON c.id = m.collection_id WHERE c.name = ${name} ORDER BY 1`;
  return rows.map((r) => r.id);
}
const articleId = async (file: string) => (await getPrisma().article.findFirstOrThrow({ where: { sourceFile: path.basename(file) } })).id;

/**
 * Every statistic equals a rebuild, row for row and collection by collection; each collection's passage count is
 * its members' passages; and keyness from the statistics (whole months) equals keyness from the passages (days).
 */
async function assertStatsExact(label: string) {
  const incremental = await statsSnapshot();
  await rebuildStats();
  assertSameRows(incremental, await statsSnapshot(), `${label}: incremental against rebuilt`);
  const options = { limit: 300, minArticles: 1 };
  for (const c of await listCollections()) {
    const [{ passages }] = await getPrisma().$queryRaw<{ passages: number }[]>`
      SELECT COUNT(*)::int AS passages FROM passage p JOIN article_collection m ON m.article_id = p.article_id
      JOIN collection c ON c.id = m.collection_id WHERE c.name = ${c.name}`;
    assert.equal(c.passages, passages, `${label}: passages of '${c.name}'`);
    const side = (framing: Filters["framing"], from: string, to: string) => ({ collection: c.name, framing, from, to });
    const months = await getKeyness(side(["critical", "testimony"], "1901-01", "2999-12"), side(["official"], "1901-01", "2999-12"), options);
    const days = await getKeyness(side(["critical", "testimony"], "1901-01-01", "2999-12-31"), side(["official"], "1901-01-01", "2999-12-31"), options);
    const shape = (r: typeof months) => ({ totals: r.totals, rows: [...r.typicalOfA, ...r.typicalOfB].map((t) => [t.key, t.a, t.b, t.articlesA, t.articlesB, t.z.toFixed(9)]) });
    assert.deepEqual(shape(months), shape(days), `${label}: keyness of '${c.name}' from the statistics and from the passages`);
    if (c.articles) assert.ok(months.totals.passagesA + months.totals.passagesB > 0, `${label}: '${c.name}' counts nothing`);
  }
}

describe("collections through the ingest CLI, npm run collections and the API", () => {
  before(async () => {
    process.env.RESPONSE_CACHE = "off";
    await emptyDatabase();
    // a stored model, so that the CLIs do not each train one
    await saveClassifierModel({ algorithm: "bayes", trainingSize: 0, metrics: {}, serialized: testModel().model.serialize() });
  });
  after(async () => {
    delete process.env.RESPONSE_CACHE;
    if (savedToken === undefined) delete process.env.REVIEWER_TOKEN;
    else process.env.REVIEWER_TOKEN = savedToken;
    await disconnect();
  });

  test("ingest into two collections; an article sent to a second one is unchanged there and now in both", async () => {
    const bad = await cli("ingest", ["--collection", "Sarn Dam", SARN]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--collection <name>.*use lowercase letters, digits and hyphens/);
    assert.equal(await getPrisma().article.count(), 0, "a bad name stops the run before any work");

    const demo = await cli("ingest", DEMO_FILES);
    assert.equal(demo.code, 0, demo.stderr);
    assert.match(demo.stdout, /^added {5}.*01-un-panel-presses-beijing\.txt: ".*" \(\d+ passages, in 'xinjiang'[;)]/m);
    assert.match(demo.stdout, /^4 added to 'xinjiang', 0 unchanged, 0 failed$/m);

    const sarn = await cli("ingest", ["--collection", "sarn-dam", SARN]);
    assert.equal(sarn.code, 0, sarn.stderr);
    assert.equal((sarn.stdout.match(/^added .*\(\d+ passages, in 'sarn-dam'/gm) ?? []).length, SARN_FILES.length);
    assert.equal((sarn.stdout.match(/collection 'sarn-dam' created/g) ?? []).length, 1, "the creation is said once");
    assert.match(sarn.stdout, new RegExp(`^${SARN_FILES.length} added to 'sarn-dam', 0 unchanged, 0 failed$`, "m"));

    const shared = DEMO_FILES[0];
    const again = await cli("ingest", ["--collection", "sarn-dam", shared]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^unchanged .*01-un-panel-presses-beijing\.txt: ".*" \(\d+ passages, in 'sarn-dam'; already stored; now also in 'sarn-dam'[;)]/m);
    assert.match(again.stdout, /^0 added to 'sarn-dam', 1 unchanged, 0 failed$/m);
    const id = await articleId(shared);
    assert.ok((await membersOf("xinjiang")).includes(id) && (await membersOf("sarn-dam")).includes(id), "in both collections");
    assert.equal((await membersOf("sarn-dam")).length, SARN_FILES.length + 1);

    // once more: already in both, nothing said about joining
    const third = await cli("ingest", ["--collection", "sarn-dam", shared]);
    assert.doesNotMatch(third.stdout, /now also in/);
    await assertStatsExact("after ingest");
  });

  test("npm run collections -- list --json through a pipe is one JSON document; the table names the default", async () => {
    const json = await collections("list", "--json");
    assert.equal(json.code, 0, json.stderr);
    const rows = JSON.parse(json.stdout) as { name: string; isDefault: boolean; articles: number; passages: number; createdAt: string }[];
    assert.deepEqual(rows.map((r) => [r.name, r.isDefault, r.articles]), [["xinjiang", true, DEMO_FILES.length], ["sarn-dam", false, SARN_FILES.length + 1]]);
    assert.ok(rows.every((r) => r.passages > r.articles && /^\d{4}-\d{2}-\d{2}T/.test(r.createdAt)));
    const table = await collections();
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /^NAME +ARTICLES +PASSAGES +CREATED$/m);
    assert.match(table.stdout, new RegExp(`^xinjiang +${DEMO_FILES.length} +${rows[0].passages} +\\d{4}-\\d{2}-\\d{2} +\\(default\\)$`, "m"));
    assert.match(table.stdout, new RegExp(`^sarn-dam +${SARN_FILES.length + 1} +${rows[1].passages} +\\d{4}-\\d{2}-\\d{2}$`, "m"));
    const help = await collections("--help");
    assert.match(help.stdout, /No reviewer token is needed/);
  });

  test("rename, default, add, remove and delete through the CLI; mistakes are one line and exit 1", async () => {
    const shared = await articleId(DEMO_FILES[0]);
    const onlyDemo = await articleId(DEMO_FILES[1]);
    const sarnArticle = await articleId(SARN_FILES[0]);

    for (const [args, message] of [
      [["rename", "sarn-dam", "xinjiang"], /^error: a collection named "xinjiang" exists already$/],
      [["rename", "no-such", "other"], /^error: no collection named "no-such"$/],
      [["delete", "xinjiang"], /^error: "xinjiang" is the default collection: make another the default first/],
      [["default", "no-such"], /^error: no collection named "no-such"$/],
      [["add", "no-such", String(shared)], /^error: no collection named "no-such"$/],
    ] as const) {
      const r = await collections(...args);
      assert.equal(r.code, 1, `${args.join(" ")}: ${r.stdout}`);
      const errors = errorLines(r.stderr);
      assert.equal(errors.length, 1, r.stderr);
      assert.match(errors[0], message);
    }
    const badName = await collections("rename", "sarn-dam", "Dam!");
    assert.equal(badName.code, 1);
    assert.match(badName.stderr, /use lowercase letters/);
    assert.deepEqual((await listCollections()).map((c) => c.name), ["xinjiang", "sarn-dam"], "the mistakes changed nothing");

    const renamed = await collections("rename", "sarn-dam", "dam");
    assert.equal(renamed.code, 0, renamed.stderr);
    assert.match(renamed.stdout, /^renamed 'sarn-dam' to 'dam'$/m);
    assert.equal((await membersOf("dam")).length, SARN_FILES.length + 1);
    await assertStatsExact("after rename");

    const added = await collections("add", "dam", String(onlyDemo), String(shared), "999999");
    assert.equal(added.code, 1, "an id not stored fails the run, the others are added");
    assert.match(added.stdout, new RegExp(`^added 1 article to 'dam': ${onlyDemo}$`, "m"));
    assert.match(added.stdout, new RegExp(`^already in 'dam': ${shared}$`, "m"));
    assert.match(added.stderr, /^not found 999999$/m);
    assert.ok((await membersOf("dam")).includes(onlyDemo) && (await membersOf("xinjiang")).includes(onlyDemo));
    await assertStatsExact("after add");

    const removed = await collections("remove", "xinjiang", String(onlyDemo));
    assert.equal(removed.code, 0, removed.stderr);
    assert.match(removed.stdout, new RegExp(`^removed 1 article from 'xinjiang': ${onlyDemo}$`, "m"));
    assert.deepEqual([(await membersOf("xinjiang")).includes(onlyDemo), (await membersOf("dam")).includes(onlyDemo)], [false, true]);
    await assertStatsExact("after remove");

    const madeDefault = await collections("default", "dam");
    assert.equal(madeDefault.code, 0, madeDefault.stderr);
    assert.deepEqual((await listCollections()).map((c) => [c.name, c.isDefault]), [["dam", true], ["xinjiang", false]]);
    const refused = await collections("delete", "dam");
    assert.equal(refused.code, 1);
    // an ingest without --collection now fills the new default
    const viaDefault = await cli("ingest", [DEMO_FILES[2]]);
    assert.match(viaDefault.stdout, /^0 added to 'dam', 1 unchanged, 0 failed$/m);
    await assertStatsExact("after default");

    // deleting 'xinjiang': its articles in no other collection go, the shared ones stay (in 'dam' only)
    const xinjiang = await membersOf("xinjiang");
    const dam = new Set(await membersOf("dam"));
    const gone = xinjiang.filter((id) => !dam.has(id));
    const deleted = await collections("delete", "xinjiang");
    assert.equal(deleted.code, 0, deleted.stderr);
    assert.match(deleted.stdout, new RegExp(`^deleted collection 'xinjiang': ${gone.length} articles deleted \\(in no other collection\\), ${xinjiang.length - gone.length} kept \\(in other collections\\)$`, "m"));
    assert.equal(await getPrisma().article.count({ where: { id: { in: gone } } }), 0);
    assert.equal(await getPrisma().article.count({ where: { id: { in: [shared, sarnArticle] } } }), 2);
    assert.deepEqual((await listCollections()).map((c) => c.name), ["dam"]);
    await assertStatsExact("after delete");
  });

  test("the API: GET lists without a token; changes need it (401 without or wrong), 400/404/409 name the problem", async () => {
    process.env.REVIEWER_TOKEN = TOKEN;
    // a second collection to work with, and the default back to a name of its own
    const ingest = await cli("ingest", ["--collection", "xinjiang", ...DEMO_FILES]);
    assert.equal(ingest.code, 0, ingest.stderr);
    const url = (p: string) => `http://localhost/api/collections${p}`;
    const headers = (token: string | null): Record<string, string> => ({ "content-type": "application/json", ...(token ? { "x-reviewer-token": token } : {}) });
    const patch = (name: string, body: unknown, token: string | null = TOKEN) =>
      patchRoute(new Request(url(`/${name}`), { method: "PATCH", headers: headers(token), body: JSON.stringify(body) }), { params: Promise.resolve({ name }) });
    const remove = (name: string, token: string | null = TOKEN) =>
      deleteRoute(new Request(url(`/${name}`), { method: "DELETE", headers: headers(token) }), { params: Promise.resolve({ name }) });
    const add = (name: string, body: unknown, token: string | null = TOKEN) =>
      addRoute(new Request(url(`/${name}/articles`), { method: "POST", headers: headers(token), body: JSON.stringify(body) }), { params: Promise.resolve({ name }) });
    const takeOut = (name: string, id: string, token: string | null = TOKEN) =>
      removeRoute(new Request(url(`/${name}/articles/${id}`), { method: "DELETE", headers: headers(token) }), { params: Promise.resolve({ name, id }) });
    const errorOf = async (r: Response) => ((await r.json()) as { error: string }).error;

    const listed = await listRoute(new Request(url("")));
    assert.equal(listed.status, 200);
    const names = ((await listed.json()) as { collections: { name: string; isDefault: boolean }[] }).collections.map((c) => [c.name, c.isDefault]);
    assert.deepEqual(names, [["dam", true], ["xinjiang", false]]);

    // the token first: nothing changes without it (four refusals: a fifth a minute would lock this client out)
    for (const r of [await patch("xinjiang", { name: "other" }, null), await remove("xinjiang", "a-wrong-token"),
      await add("xinjiang", { articleIds: [1] }, null), await takeOut("xinjiang", "1", "a-wrong-token")]) {
      assert.equal(r.status, 401);
    }
    assert.deepEqual((await listCollections()).map((c) => c.name), ["dam", "xinjiang"]);

    // bad input, named
    assert.match(await errorOf(await patch("xinjiang", { name: "Not A Name" })), /^bad parameter "name": use lowercase/);
    assert.equal((await patch("xinjiang", { name: "Not A Name" })).status, 400);
    assert.equal((await patch("xinjiang", {})).status, 400);
    assert.equal((await patch("xinjiang", { default: false })).status, 400);
    assert.equal((await patch("Bad Path", { default: true })).status, 400);
    assert.match(await errorOf(await add("xinjiang", { articleIds: ["x"] })), /^bad parameter "articleIds\.0"/);
    assert.match(await errorOf(await takeOut("xinjiang", "abc")), /^bad parameter "id"/);
    // unknown, taken, default
    assert.equal((await patch("no-such", { name: "other" })).status, 404);
    assert.equal((await add("no-such", { articleIds: [1] })).status, 404, "adding never creates a collection");
    assert.equal((await remove("no-such")).status, 404);
    assert.equal((await patch("xinjiang", { name: "dam" })).status, 409);
    const refused = await remove("dam");
    assert.equal(refused.status, 409);
    assert.match(await errorOf(refused), /default collection/);
    assert.deepEqual((await listCollections()).map((c) => c.name), ["dam", "xinjiang"], "refused requests change nothing");

    const renamed = await patch("xinjiang", { name: "region" });
    assert.deepEqual([renamed.status, await renamed.json()], [200, { name: "region" }]);
    const madeDefault = await patch("region", { default: true });
    assert.deepEqual([madeDefault.status, await madeDefault.json()], [200, { name: "region", isDefault: true }]);
    assert.deepEqual((await listCollections()).map((c) => [c.name, c.isDefault]), [["region", true], ["dam", false]]);
    await assertStatsExact("after the API's rename and default");

    const sarnArticle = await articleId(SARN_FILES[1]);
    const inRegion = (await membersOf("region"))[0];
    const added = await add("region", { articleIds: [sarnArticle, inRegion, 999_999] });
    assert.deepEqual([added.status, await added.json()], [200, { added: [sarnArticle], alreadyIn: [inRegion], notFound: [999_999] }]);
    assert.ok((await membersOf("region")).includes(sarnArticle));
    await assertStatsExact("after the API's add");

    const out = await takeOut("dam", String(sarnArticle));
    assert.deepEqual([out.status, await out.json()], [200, { removed: sarnArticle, collection: "dam", inNoCollection: false }]);
    assert.equal((await takeOut("dam", String(sarnArticle))).status, 404, "no longer in it");
    await assertStatsExact("after the API's remove");

    const damOnly = await membersOf("dam");
    const region = new Set(await membersOf("region"));
    const deleted = await remove("dam");
    assert.equal(deleted.status, 200);
    assert.deepEqual(await deleted.json(), { name: "dam", articlesDeleted: damOnly.filter((id) => !region.has(id)).length, articlesKept: damOnly.filter((id) => region.has(id)).length });
    assert.deepEqual((await listCollections()).map((c) => c.name), ["region"]);
    await assertStatsExact("after the API's delete");

    // a fifth wrong token within the minute is refused, and so is the next request, right token or not
    assert.equal((await patch("region", { name: "other" }, "a-wrong-token")).status, 401);
    assert.equal((await patch("region", { name: "other" })).status, 429);
    assert.deepEqual((await listCollections()).map((c) => c.name), ["region"]);
  });

  test("a job queued with --collection lands in that collection, whoever works it", async () => {
    const file = SARN_FILES[2];
    const queued = await cli("ingest", ["--enqueue", "--collection", "queued-dam", file]);
    assert.equal(queued.code, 0, queued.stderr);
    assert.match(queued.stdout, /^1 queued for 'queued-dam', 0 already queued$/m);
    const [job] = await getPrisma().$queryRawUnsafe<{ collection: string }[]>(`SELECT data->>'collection' AS collection FROM ${QUEUE_SCHEMA}.job WHERE name = '${INGEST_QUEUE}' AND state = 'created'`);
    assert.equal(job.collection, "queued-dam");
    const worked = await cli("ingest", ["--workers", "1"]);
    assert.equal(worked.code, 0, worked.stderr);
    assert.match(worked.stdout, /^added .*\(\d+ passages, in 'queued-dam'; collection 'queued-dam' created[;)]/m);
    assert.match(worked.stdout, /^1 added to 'queued-dam', 0 unchanged, 0 failed$/m);
    assert.deepEqual(await membersOf("queued-dam"), [await articleId(file)]);
    await assertStatsExact("after the queue");
  });
});
