// Deleting articles (lib/queries/writes/deleteArticles.ts) keeps every statistic exact: after a delete the
// statistics tables equal a rebuild from the passages left, row for row; the whole store (dictionary, sightings,
// outlets) equals what ingesting only the articles left would have made; the statistics cube, refreshed, equals
// one loaded whole and answers as the tables do; a delete beside ingests and relabels neither deadlocks nor
// drifts. Then the command (through a pipe, --json) and the API route (reviewer token).
import assert from "node:assert/strict";
import path from "node:path";
import { runPiped } from "../support/pipedCli";
import { after, before, describe, test } from "node:test";
import { DELETE } from "../../app/api/articles/[id]/route";
import { countTerms, termKey } from "../../lib/analysis/terms";
import { termId } from "../../lib/analysis/termId";
import type { FramingLabel } from "../../lib/classify/labels";
import { disconnect, getPrisma } from "../../lib/db";
import { joinPassages } from "../../lib/ingest/buildArticle";
import { collectInputFiles } from "../../lib/ingest/sources";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { getKeyness } from "../../lib/queries/reads/keyness/getKeyness";
import { getTopTerms } from "../../lib/queries/reads/getTopTerms";
import { currentStatsCube } from "../../lib/queries/stats/currentStatsCube";
import { getDataVersion } from "../../lib/queries/stats/getDataVersion";
import { loadStatsCube } from "../../lib/queries/stats/loadStatsCube";
import { rebuildStats } from "../../lib/queries/stats/rebuildStats";
import { deleteArticles } from "../../lib/queries/writes/deleteArticles";
import { type ArticleToSave, saveArticle } from "../../lib/queries/writes/saveArticle";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { assertSameRows, emptyDatabase, statsSnapshot, testModel } from "../support/db";
import { cubeContents, cubeReady, withCube } from "../support/statsCube";

/** An article with the framing of each paragraph given, as ingestion would store it. */
function article(key: string, outlet: string, publishedAt: string | null, paragraphs: [FramingLabel, string][]): ArticleToSave {
  const { cleanedText, passages } = joinPassages(paragraphs.map(([, text]) => text));
  return {
    title: `Article ${key}`, byline: null, outlet, url: `https://example.org/news/${key}`, urlKey: `example.org/news/${key}`, publishedAt,
    language: "en", contentHash: `delete-test-${key}`, sourceFile: null, cleanedText, modelVersion: null,
    passages: passages.map((p, i) => ({ ...p, framing: paragraphs[i][0], confidence: 0.9, terms: countTerms(p.text) })),
  };
}

// "zorblax quintessence" in four articles (counted; one deletion leaves three), "mirrorglass ledger" in three
// (counted; a deletion brings it to two: it leaves the dictionary, its other outlet-months change), a word only
// the lone outlet's article uses, and an undated article.
const HANDMADE = [
  article("a", "Outlet Pinewood", "2021-01-10", [["critical", "The zorblax quintessence was seen near the river camps."], ["testimony", "A witness said the camps were cold."]]),
  article("b", "Outlet Quarry", "2021-02-11", [["testimony", "Zorblax quintessence again, said a former detainee of the camps."]]),
  article("c", "Outlet Pinewood", "2021-03-12", [["critical", "Critics doubt the zorblax quintessence."], ["official", "Officials praised vocational training."]]),
  article("d", "Outlet Quarry", "2021-04-13", [["official", "The zorblax quintessence is a fabrication, the ministry said."]]),
  article("e", "Outlet Pinewood", "2021-05-14", [["critical", "The mirrorglass ledger lists the camps."]]),
  article("f", "Outlet Pinewood", "2021-06-15", [["testimony", "She read the mirrorglass ledger aloud."]]),
  article("g", "Outlet Quarry", "2021-07-16", [["official", "No mirrorglass ledger exists, the spokesman said."], ["critical", "Reporters found the camps anyway."]]),
  article("lone", "Outlet Lonesome", "2021-08-17", [["critical", "Quorflaxian reporting from a lone outlet about the camps."]]),
  article("undated", "Outlet Quarry", null, [["testimony", "An undated account of vocational camps and the zorblax rumour."]]),
];
const DEMO_FILES = collectInputFiles(["data/demo"]).files;
const handmadeId = async (key: string) => (await getPrisma().article.findUniqueOrThrow({ where: { contentHash: `delete-test-${key}` } })).id;

/**
 * The whole store as names, not ids: every statistic, the dictionary, the waiting sightings (by article and
 * position), the outlets and the labels. Two databases that hold the same articles hold the same contents.
 */
async function storeContents() {
  const prisma = getPrisma();
  const outlets = new Map((await prisma.outlet.findMany()).map((o) => [o.id, o.name]));
  const named = (rows: unknown) => (rows as Record<string, unknown>[]).map((r) => ({ ...r, outlet_id: r.outlet_id ? outlets.get(r.outlet_id as number) : r.outlet_id }))
    .map((r) => JSON.stringify(r)).sort();
  return {
    stats: named(await statsSnapshot()),
    sightings: (await prisma.$queryRaw<{ row: string }[]>`
      SELECT concat_ws(' ', s.id, s.stem, s.n, a.content_hash, p.position, s.count) AS row
      FROM phrase_sighting s JOIN passage p ON p.id = s.passage_id JOIN article a ON a.id = p.article_id`).map((r) => r.row).sort(),
    outlets: [...outlets.values()].sort(),
    passages: (await prisma.$queryRaw<{ row: string }[]>`
      SELECT concat_ws(' ', a.content_hash, p.position, p.framing, p.label_source, o.name, p.published_at) AS row
      FROM passage p JOIN article a ON a.id = p.article_id JOIN outlet o ON o.id = p.outlet_id`).map((r) => r.row).sort(),
  };
}

async function labelHumanly(contentHash: string, position: number, framing: FramingLabel) {
  const p = await getPrisma().passage.findFirstOrThrow({ where: { article: { contentHash }, position } });
  await setHumanLabel(p.id, framing);
}

describe("deleting articles", () => {
  const deleted: { contentHash: string; sourceFile: string | null }[] = [];
  const HUMAN_LABELS: [string, number, FramingLabel][] = [["delete-test-a", 1, "official"], ["delete-test-g", 0, "critical"], ["delete-test-e", 0, "testimony"]];

  before(async () => {
    process.env.RESPONSE_CACHE = "off";
    process.env.STATS_CUBE_SETTLE_MS = "0";
    await emptyDatabase();
    await ingestInputs(DEMO_FILES, testModel());
    for (const a of HANDMADE) assert.equal((await saveArticle(a)).status, "added");
    for (const [hash, position, framing] of HUMAN_LABELS) await labelHumanly(hash, position, framing);
  });
  after(async () => {
    delete process.env.RESPONSE_CACHE;
    delete process.env.STATS_CUBE_SETTLE_MS;
    await disconnect();
  });

  test("a phrase that falls below three leaves the dictionary; the cube refreshes only the outlet-months that changed", async () => {
    const prisma = getPrisma();
    const ledger = termKey("mirrorglass ledger");
    assert.ok(await prisma.term.findUnique({ where: { id: BigInt(termId(ledger)) } }), "the phrase seen three times is counted");
    const refreshes = await cubeReady();
    const g = await handmadeId("g");
    deleted.push({ contentHash: "delete-test-g", sourceFile: null });
    const result = await deleteArticles([g]);
    assert.deepEqual([result.deleted.map((a) => a.id), result.notFound, result.outletsRemoved, result.phrasesUncounted], [[g], [], [], 1]);
    assert.equal(await prisma.term.count({ where: { stem: ledger } }), 0, "a phrase seen twice now waits in the sightings");
    assert.equal(await prisma.$queryRaw<unknown[]>`SELECT 1 FROM phrase_stat WHERE stem = ${ledger}`.then((r) => r.length), 0);
    const [{ waiting }] = await prisma.$queryRaw<{ waiting: number }[]>`SELECT COUNT(*)::int AS waiting FROM phrase_sighting WHERE stem = ${ledger}`;
    assert.equal(waiting, 2);
    // the other two articles' outlet-months lost the phrase's cells: a refresh must re-read them too
    assert.equal(await cubeReady(), refreshes + 1, "refreshed, not loaded again");
    assert.deepEqual(cubeContents((await withCube(true, currentStatsCube))!), cubeContents(await loadStatsCube()));
  });

  test("a delete takes articles, passages, labels, unused words and emptied outlets out; the cube answers as the tables", async () => {
    const prisma = getPrisma();
    const demo = await prisma.article.findMany({ where: { sourceFile: { not: null } }, orderBy: { id: "asc" }, take: 2, skip: 3 });
    const ids = [...demo.map((a) => a.id), await handmadeId("d"), await handmadeId("lone"), await handmadeId("undated")];
    for (const a of await prisma.article.findMany({ where: { id: { in: ids } } })) deleted.push({ contentHash: a.contentHash, sourceFile: a.sourceFile });
    const result = await deleteArticles(ids);
    assert.deepEqual(result.deleted.map((a) => a.id), [...ids].sort((x, y) => x - y));
    assert.deepEqual([result.notFound, result.outletsRemoved], [[], ["Outlet Lonesome"]]);
    assert.equal(await prisma.article.count({ where: { id: { in: ids } } }), 0);
    assert.equal(await prisma.passage.count({ where: { articleId: { in: ids } } }), 0);
    assert.equal(await prisma.outlet.count({ where: { name: "Outlet Lonesome" } }), 0);
    assert.equal(await prisma.term.count({ where: { stem: termKey("quorflaxian") } }), 0, "a word only a deleted article used leaves the dictionary");
    assert.equal((await prisma.term.findFirstOrThrow({ where: { stem: termKey("zorblax quintessence") } })).count, 3, "a phrase seen three times stays counted");
    await cubeReady();
    assert.deepEqual(cubeContents((await withCube(true, currentStatsCube))!), cubeContents(await loadStatsCube()));
    const outlets = ["Outlet Pinewood", "Outlet Quarry"];
    for (const [a, b] of [[{ framing: ["critical" as const] }, { framing: ["official" as const] }], [{ outlet: outlets }, {}]]) {
      const fromTables = [await getKeyness(a, b, { limit: 200, minArticles: 1 }), await getTopTerms(b, 50)];
      assert.deepEqual(await withCube(true, async () => [await getKeyness(a, b, { limit: 200, minArticles: 1 }), await getTopTerms(b, 50)]), fromTables);
    }
  });

  test("every statistic equals a rebuild from the passages left, row for row", async () => {
    const incremental = await statsSnapshot();
    await rebuildStats();
    assertSameRows(incremental, await statsSnapshot(), "incremental against rebuilt");
  });

  test("the store equals what ingesting only the articles left makes: statistics, dictionary, sightings, outlets, labels", async () => {
    const afterDelete = await storeContents();
    await emptyDatabase();
    // a demo article's source file is stored by its name
    const gone = new Set(deleted.map((a) => a.sourceFile).filter((f) => f !== null));
    assert.equal(gone.size, 2);
    await ingestInputs(DEMO_FILES.filter((f) => !gone.has(path.basename(f))), testModel());
    for (const a of HANDMADE) if (!deleted.some((d) => d.contentHash === a.contentHash)) await saveArticle(a);
    for (const [hash, position, framing] of HUMAN_LABELS) if (!deleted.some((d) => d.contentHash === hash)) await labelHumanly(hash, position, framing);
    const fresh = await storeContents();
    assert.ok(afterDelete.sightings.some((r) => r.includes(termKey("mirrorglass ledger"))));
    for (const part of ["stats", "sightings", "outlets", "passages"] as const) assertSameRows(afterDelete[part], fresh[part], part);
  });

  test("ids not stored are reported, and the others deleted all the same; the data version moves only when something went", async () => {
    const id = await handmadeId("f");
    const version = await getDataVersion();
    const result = await deleteArticles([999_999, id, id]);
    assert.deepEqual(result.deleted.map((a) => [a.id, a.title, a.outlet, a.publishedAt, a.passages]), [[id, "Article f", "Outlet Pinewood", "2021-06-15", 1]]);
    assert.deepEqual(result.notFound, [999_999]);
    const afterDelete = await getDataVersion();
    assert.notEqual(afterDelete, version, "remembered answers are dropped");
    assert.deepEqual(await deleteArticles([999_998]), { deleted: [], notFound: [999_998], outletsRemoved: [], phrasesUncounted: 0 });
    assert.equal(await getDataVersion(), afterDelete, "deleting nothing writes nothing");
  });

  test("deleting while articles are ingested and passages relabelled: no deadlock, and every statistic exact", async () => {
    const prisma = getPrisma();
    for (let round = 0; round < 4; round++) {
      // new articles sharing the words, phrases, outlets and months of the ones being deleted
      const fresh = HANDMADE.map((a) => ({ ...a, title: `${a.title} r${round}`, contentHash: `${a.contentHash}-r${round}`, urlKey: `${a.urlKey}-r${round}` }));
      const victims = (await prisma.article.findMany({ orderBy: { id: "asc" }, skip: round * 3, take: 3 })).map((a) => a.id);
      // a phrase seen exactly three times: the deletion takes it below the threshold while an ingest brings it back
      const phrase = `zantorix ${["kelvar", "lumbra", "moxit", "nerval"][round]}`;
      const near = [];
      for (const i of [0, 1, 2]) near.push((await saveArticle(article(`near-${round}-${i}`, "Outlet Pinewood", `2021-0${i + 1}-20`, [["critical", `The ${phrase} report, number ${i}.`]]))).articleId);
      assert.ok(await prisma.term.findUnique({ where: { id: BigInt(termId(termKey(phrase))) } }), `"${phrase}" is counted`);
      const relabelled = await prisma.passage.findMany({ where: { articleId: { notIn: victims } }, orderBy: { id: "desc" }, take: 2, skip: round });
      const [deletion] = await Promise.all([
        deleteArticles(victims),
        ...fresh.slice(0, 5).map((a) => saveArticle(a)),
        ...relabelled.map((p) => setHumanLabel(p.id, p.framing === "critical" ? "official" : "critical")),
        deleteArticles([victims[0]]),
        deleteArticles([near[0]]),
        saveArticle(article(`near-${round}-3`, "Outlet Quarry", "2021-04-20", [["official", `Another ${phrase} claim.`]])),
        ...fresh.slice(5).map((a) => saveArticle(a)),
      ]);
      assert.equal(deletion.deleted.length + deletion.notFound.length, 3);
      assert.equal(await prisma.article.count({ where: { id: { in: victims } } }), 0);
      assert.equal(await prisma.article.count({ where: { contentHash: { in: fresh.map((a) => a.contentHash) } } }), fresh.length);
      assert.equal((await prisma.term.findUniqueOrThrow({ where: { id: BigInt(termId(termKey(phrase))) } })).count, 3);
      const incremental = await statsSnapshot();
      await rebuildStats();
      assertSameRows(incremental, await statsSnapshot(), `round ${round}`);
    }
  });

  test("an outlet's last article deleted while another is ingested into it: the outlet stays, with the new article", async () => {
    const prisma = getPrisma();
    for (let round = 0; round < 5; round++) {
      const outlet = `Outlet Race ${round}`;
      const first = await saveArticle(article(`race-${round}-1`, outlet, "2022-01-01", [["critical", `Race ${round} first report.`]]));
      const [, second] = await Promise.all([
        deleteArticles([first.articleId]),
        saveArticle(article(`race-${round}-2`, outlet, "2022-01-02", [["critical", `Race ${round} second report.`]])),
      ]);
      const stored = await prisma.article.findUniqueOrThrow({ where: { id: second.articleId }, include: { outlet: true } });
      assert.equal(stored.outlet.name, outlet);
      assert.equal(await prisma.passage.count({ where: { articleId: second.articleId, outletId: stored.outletId } }), 1);
    }
  });

  test("npm run delete through a pipe: --json names what went and what was not found, exit 1 for one not found", async () => {
    const prisma = getPrisma();
    const [byId, byAddress] = await prisma.article.findMany({ where: { url: { not: null } }, orderBy: { id: "asc" }, take: 2 });
    const run = (args: string[]) => runPiped("delete-articles", args);
    const missing = await run(["--json", String(byId.id), `${byAddress.url!}?utm_source=feed`, "999999", "https://example.org/never-stored"]);
    assert.equal(missing.code, 1, missing.stderr);
    const answer = JSON.parse(missing.stdout) as { deleted: { id: number }[]; notFound: string[] };
    assert.deepEqual(answer.deleted.map((a) => a.id), [byId.id, byAddress.id]);
    assert.deepEqual(answer.notFound, ["999999", "https://example.org/never-stored"]);
    assert.equal(await prisma.article.count({ where: { id: { in: [byId.id, byAddress.id] } } }), 0);
    const next = await prisma.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    const plain = await run([String(next.id)]);
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stdout, new RegExp(`^deleted +${next.id} "`, "m"));
    assert.match(plain.stdout, /^1 deleted, 0 not found$/m);
  });

  test("DELETE /api/articles/:id needs the reviewer token", async () => {
    const saved = process.env.REVIEWER_TOKEN;
    const request = (id: string, token?: string) => DELETE(new Request(`http://localhost/api/articles/${id}`, { method: "DELETE", headers: token ? { "x-reviewer-token": token } : {} }), { params: Promise.resolve({ id }) });
    try {
      const id = (await getPrisma().article.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
      delete process.env.REVIEWER_TOKEN;
      assert.equal((await request(String(id), "anything")).status, 403);
      process.env.REVIEWER_TOKEN = "delete-test-reviewer-token";
      assert.equal((await request(String(id))).status, 401);
      assert.equal((await request(String(id), "a-wrong-token")).status, 401);
      assert.equal(await getPrisma().article.count({ where: { id } }), 1, "refused requests delete nothing");
      assert.equal((await request("abc", "delete-test-reviewer-token")).status, 400);
      assert.equal((await request("999999", "delete-test-reviewer-token")).status, 404);
      const ok = await request(String(id), "delete-test-reviewer-token");
      assert.equal(ok.status, 200);
      assert.equal(((await ok.json()) as { deleted: { id: number } }).deleted.id, id);
      assert.equal(await getPrisma().article.count({ where: { id } }), 0);
    } finally {
      if (saved === undefined) delete process.env.REVIEWER_TOKEN;
      else process.env.REVIEWER_TOKEN = saved;
    }
  });
});
