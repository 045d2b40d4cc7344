// The demo corpus's statements that travel (data/demo/reuse-truth.json, written with the articles): on a fresh
// ingest each is one story of reuse, carried by the articles the truth names, first seen where it says, and the
// views and API answer with it.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { collectInputFiles } from "../../lib/ingest/sources";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { getArticleReuse, getOutletReuse, getReuseCluster, getReuseClusters } from "../../lib/queries/reads";
import { GET as reuseApi } from "../../app/api/reuse/route";
import { GET as clusterApi } from "../../app/api/reuse/cluster/route";
import { moveArticles } from "../../lib/queries/writes/collections";
import { emptyDatabase, testModel } from "../support/db";

interface Truth { statements: { id: string; first: { file: string; outlet: string; published: string }; carriers: { file: string; how: string }[] }[] }
const truth = JSON.parse(fs.readFileSync("data/demo/reuse-truth.json", "utf8")) as Truth;

describe("the demo's statements that travel", () => {
  const articleOf = new Map<string, number>();
  before(async () => {
    await emptyDatabase();
    await ingestInputs(collectInputFiles(["data/demo"]).files, testModel());
    for (const a of await getPrisma().article.findMany({ select: { id: true, sourceFile: true } })) articleOf.set(path.basename(a.sourceFile ?? ""), a.id);
  });
  after(disconnect);

  for (const statement of truth.statements) {
    test(`${statement.id}: one story, carried by every article the truth names, first in ${statement.first.file}`, async () => {
      const carriers = statement.carriers.map((c) => articleOf.get(c.file)!);
      const notes = await Promise.all(carriers.map((id) => getArticleReuse(id)));
      // the stories each carrier's passages belong to: one of them holds every carrier
      const stories = new Set(notes.flat().map((n) => n.clusterId));
      const holding = [];
      for (const id of stories) {
        const cluster = (await getReuseCluster(id))!;
        const articles = new Set(cluster.members.map((m) => m.articleId));
        if (carriers.every((a) => articles.has(a))) holding.push(cluster);
      }
      assert.equal(holding.length, 1, `one story holds ${statement.carriers.map((c) => `${c.file} (${c.how})`).join(", ")}`);
      const [story] = holding;
      assert.equal(story.members[0].articleId, articleOf.get(statement.first.file), "first appearance");
      assert.equal(story.members[0].outlet, statement.first.outlet);
      assert.equal(story.firstPublishedAt, statement.first.published);
      // every member shares marked words, inside its text
      for (const m of story.members) {
        assert.ok(m.shared.length > 0, `${m.articleTitle} ¶${m.position + 1} marks what it shares`);
        assert.ok(m.shared.every(([s, e]) => s >= 0 && e <= m.text.length && e > s));
      }
      // the article page's note names the first outlet and date
      const later = notes[statement.carriers.findIndex((c) => c.file !== statement.first.file)].find((n) => n.clusterId === story.id)!;
      assert.equal(later.firstOutlet, statement.first.outlet);
      assert.equal(later.firstPublishedAt, statement.first.published);
      assert.equal(later.isFirst, false);
    });
  }

  test("the ranked list and its filters: a framing, an outlet, a date range", async () => {
    const all = await getReuseClusters({}, "outlets", 50);
    assert.ok(all.total >= truth.statements.length);
    const ranks = all.clusters.map((c) => c.outlets);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => b - a), "ranked by outlets");
    const sum = (c: (typeof all.clusters)[number]) => Object.values(c.framings).reduce((s, n) => s + (n ?? 0), 0);
    for (const c of all.clusters) assert.equal(sum(c), c.passages, "framings count every passage of the story");
    const herald = await getReuseClusters({ outlet: ["Silk Road Herald (sample)"] }, "outlets", 50);
    assert.ok(herald.total >= 1 && herald.clusters.every((c) => c.outletNames.includes("Silk Road Herald (sample)")));
    // no passage carries a reviewer's label yet: "reviewer labels only" selects none of the stories
    assert.equal((await getReuseClusters({ labels: "human" }, "outlets", 50)).total, 0);
    assert.equal((await getReuseClusters({ labels: "model" }, "outlets", 50)).total, all.total);
    const before2020 = await getReuseClusters({ to: "2019-12" }, "outlets", 50);
    assert.ok(before2020.clusters.every((c) => c.firstPublishedAt === null || c.firstPublishedAt < "2020-01-01"), "a story starting in 2021 is not listed before 2020");
  });

  test("who repeats whom: the state outlet's statement is repeated by others, later", async () => {
    const first = truth.statements[0].first.outlet;
    const { repeatedBy } = await getOutletReuse(first);
    assert.ok(repeatedBy.length >= 2, repeatedBy.map((r) => r.outlet).join(", "));
    assert.ok(repeatedBy.every((r) => r.fastestDays === null || r.fastestDays >= 0));
  });

  test("API: JSON and CSV of the list, a cluster, and a 404 for a cluster that does not exist", async () => {
    const json = await (await reuseApi(new Request("http://test/api/reuse?rank=articles&limit=5"))).json();
    assert.ok(json.clusters.length > 0 && json.clusters.length <= 5);
    const csv = await reuseApi(new Request("http://test/api/reuse?format=csv&framing=official"));
    assert.match(csv.headers.get("content-disposition") ?? "", /narrative-lens_reuse-by-outlets_collection-xinjiang_framing-official\.csv/);
    assert.match((await csv.text()).split("\n")[0], /^cluster,outlets,articles,passages,first_outlet,first_published/);
    const one = await clusterApi(new Request(`http://test/api/reuse/cluster?id=${json.clusters[0].id}`));
    assert.equal(one.status, 200);
    assert.ok((await one.json()).members.length >= 2);
    assert.equal((await clusterApi(new Request("http://test/api/reuse/cluster?id=999999999"))).status, 404);
    assert.equal((await clusterApi(new Request("http://test/api/reuse/cluster?id=abc"))).status, 400);
    assert.equal((await reuseApi(new Request("http://test/api/reuse?rank=loudest"))).status, 400);
  });

  // last: it moves articles between collections
  test("within a collection a story counts its passages there: the list, the story, and the whole story's counts beside", async () => {
    const statement = truth.statements[0];
    const story = (await getReuseClusters({}, "outlets", 50)).clusters.find((c) => c.firstArticleId === articleOf.get(statement.first.file))!;
    assert.ok(story && story.articles >= 3, "a story of three articles or more");
    assert.deepEqual(story.inAll, { passages: story.passages, articles: story.articles, outlets: story.outlets }, "the default collection holds all of it");
    // two of its articles also in a second collection, the first of them (in the order they appeared) left out
    const whole = (await getReuseCluster(story.id))!;
    const later = [...new Set(whole.members.map((m) => m.articleId))].slice(1, 3);
    await getPrisma().$executeRaw`INSERT INTO collection (name) VALUES ('split')`;
    await moveArticles(later, { add: "split" });
    const [inSplit] = (await getReuseClusters({ collection: "split" }, "outlets", 50)).clusters.filter((c) => c.id === story.id);
    const expected = whole.members.filter((m) => later.includes(m.articleId));
    assert.equal(inSplit.passages, expected.length);
    assert.equal(inSplit.articles, 2);
    assert.equal(inSplit.outlets, new Set(expected.map((m) => m.outlet)).size);
    assert.deepEqual(inSplit.outletNames.sort(), [...new Set(expected.map((m) => m.outlet))].sort());
    assert.equal(inSplit.firstArticleId, expected[0].articleId, "first appearance within the collection");
    assert.equal(inSplit.firstPublishedAt, expected[0].publishedAt);
    assert.equal(Object.values(inSplit.framings).reduce((a, b) => a + (b ?? 0), 0), expected.length);
    assert.deepEqual(inSplit.inAll, story.inAll);
    // the story page in that collection: those passages and the links between them
    const scoped = (await getReuseCluster(story.id, { collection: "split" }))!;
    assert.deepEqual(scoped.members.map((m) => m.passageId), expected.map((m) => m.passageId));
    assert.ok(scoped.links.every((l) => expected.some((m) => m.passageId === l.passageA) && expected.some((m) => m.passageId === l.passageB)));
    assert.equal(scoped.passages, expected.length);
    assert.deepEqual(scoped.inAll, { passages: whole.passages, articles: whole.articles, outlets: whole.outlets });
    const scopedApi = await clusterApi(new Request(`http://test/api/reuse/cluster?id=${story.id}&collection=split&format=csv`));
    assert.match(scopedApi.headers.get("content-disposition") ?? "", /reuse-cluster-\d+_collection-split\.csv/);
    // an article that leaves the default collection leaves its story's counts there
    await moveArticles([later[0]], { remove: "xinjiang" });
    const after = (await getReuseClusters({}, "outlets", 50)).clusters.find((c) => c.id === story.id)!;
    assert.equal(after.articles, story.articles - 1);
    assert.equal(after.inAll.articles, story.articles, "the whole story still holds it");
    assert.equal(await getReuseCluster(story.id, { collection: "nowhere" }), null, "a collection with none of its passages");
  });
});
