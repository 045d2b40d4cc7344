// The Articles view (/articles, /api/articles): every page of it is what the passages say when counted here one
// by one: the collection's articles with a passage the filters select, newest first, with all their passages'
// framing mix; the count stops where it is told to; a bad parameter is a 400, an unknown collection a 404.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { GET as articlesApi } from "../../app/api/articles/route";
import { disconnect, getPrisma } from "../../lib/db";
import { collectInputFiles } from "../../lib/ingest/sources";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { type ArticleListRow, type ArticleOrder, listArticles } from "../../lib/queries/reads";
import { moveArticles, setHumanLabel } from "../../lib/queries/writes";
import type { Filters } from "../../lib/schema";
import { emptyDatabase, testModel } from "../support/db";

interface StoredPassage {
  articleId: number; framing: string; modelFraming: string | null; outlet: string; publishedAt: string | null; text: string;
  title: string; url: string | null; byline: string | null; language: string;
}

/** The page counted in JavaScript from every stored passage: the oracle. */
async function recount(filters: Partial<Filters>, page: number, pageSize: number, order: ArticleOrder = "newest"): Promise<{ total: number; rows: ArticleListRow[] }> {
  const passages = await getPrisma().$queryRaw<StoredPassage[]>`
    SELECT p.article_id AS "articleId", p.framing::text AS framing, p.model_framing::text AS "modelFraming", o.name AS outlet,
           to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", p.text, a.title, a.url, a.byline, a.language
    FROM passage p JOIN article a ON a.id = p.article_id JOIN outlet o ON o.id = a.outlet_id`;
  const members = await getPrisma().$queryRaw<{ articleId: number; offTopic: boolean }[]>`
    SELECT m.article_id AS "articleId", m.off_topic AS "offTopic" FROM article_collection m JOIN collection c ON c.id = m.collection_id
    WHERE c.name = ${filters.collection ?? "xinjiang"}`;
  const offTopic = new Map(members.map((m) => [m.articleId, m.offTopic]));
  const framingOf = (p: StoredPassage) => (filters.labels === "model" ? p.modelFraming ?? p.framing : p.framing);
  const selects = (p: StoredPassage) =>
    offTopic.has(p.articleId)
    && (!filters.framing?.length || filters.framing.includes(framingOf(p) as never))
    && (!filters.outlet?.length || filters.outlet.includes(p.outlet))
    && (!filters.from || (p.publishedAt !== null && p.publishedAt >= filters.from))
    && (!filters.to || (p.publishedAt !== null && p.publishedAt.slice(0, filters.to.length) <= filters.to))
    && (!filters.q || p.text.toLowerCase().includes(filters.q.toLowerCase()))
    && (filters.offtopic !== "hide" || !offTopic.get(p.articleId));
  const byArticle = new Map<number, StoredPassage[]>();
  for (const p of passages) byArticle.set(p.articleId, [...(byArticle.get(p.articleId) ?? []), p]);
  const rows: ArticleListRow[] = [...byArticle].filter(([, ps]) => ps.some(selects)).map(([id, ps]) => ({
    id, title: ps[0].title, outlet: ps[0].outlet, publishedAt: ps[0].publishedAt, url: ps[0].url, byline: ps[0].byline, language: ps[0].language,
    passages: ps.length, selected: ps.filter(selects).length,
    official: ps.filter((p) => framingOf(p) === "official").length, critical: ps.filter((p) => framingOf(p) === "critical").length,
    testimony: ps.filter((p) => framingOf(p) === "testimony").length, offTopic: offTopic.get(id) ?? false,
  }));
  // by date (undated last either way), ties by id; or by selected passages, ties newest first
  const byDate = (x: ArticleListRow, y: ArticleListRow, newest: boolean) =>
    x.publishedAt === y.publishedAt ? 0 : x.publishedAt === null ? 1 : y.publishedAt === null ? -1 : (newest ? -1 : 1) * x.publishedAt.localeCompare(y.publishedAt);
  rows.sort((x, y) => (order === "selected" ? y.selected - x.selected || byDate(x, y, true) : byDate(x, y, order === "newest")) || x.id - y.id);
  return { total: rows.length, rows: rows.slice((page - 1) * pageSize, page * pageSize) };
}

const get = (query: string) => articlesApi(new Request(`http://localhost/api/articles?${query}`));

describe("the Articles view", () => {
  before(async () => {
    process.env.RESPONSE_CACHE = "off";
    await emptyDatabase();
    const model = testModel();
    await ingestInputs(collectInputFiles(["data/demo"]).files, model);
    await ingestInputs(collectInputFiles(["data/demo-collections/sarn-dam"]).files, model, {}, undefined, { collection: "sarn-dam" });
    // one article in both collections, one flagged off-topic, one passage relabelled by a reviewer
    const [first, second] = await getPrisma().article.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true } });
    await moveArticles([first.id], { add: "sarn-dam" });
    await getPrisma().$executeRaw`UPDATE article_collection SET off_topic = true WHERE article_id = ${second.id}`;
    const passage = await getPrisma().passage.findFirstOrThrow({ where: { articleId: second.id, framing: { not: "testimony" } } });
    await setHumanLabel(passage.id, "testimony");
  });
  after(async () => {
    delete process.env.RESPONSE_CACHE;
    await disconnect();
  });

  const outlet = "Meridian Wire (sample)";
  // [name, filters, whether they leave out some of the collection's articles]
  const cases: [string, Partial<Filters>, boolean][] = [
    ["the default collection", {}, false],
    ["another collection", { collection: "sarn-dam" }, false],
    ["one framing", { framing: ["official"] }, true],
    ["one framing under the model's own labels", { framing: ["official"], labels: "model" }, true],
    ["an outlet and months", { outlet: [outlet], from: "2020-01", to: "2022-06" }, true],
    ["a search", { q: "camp" }, true],
    ["off-topic articles hidden", { offtopic: "hide" }, true],
  ];
  for (const [name, filters, narrows] of cases) {
    test(`${name}: every page equals a recount from the passages`, async () => {
      const all = await recount(filters, 1, 1000);
      const collection = await recount({ collection: filters.collection }, 1, 1000);
      assert.ok(all.total > 0, `${name} selects something`);
      assert.equal(all.total < collection.total, narrows, `${name} leaves out ${collection.total - all.total} of ${collection.total}`);
      for (const [page, pageSize] of [[1, 50], [1, 4], [2, 4], [3, 4]] as const) {
        const answer = await listArticles(filters, page, pageSize);
        const expected = await recount(filters, page, pageSize);
        assert.equal(answer.total, expected.total, `${name}, page ${page} of ${pageSize}: total`);
        assert.equal(answer.totalAtLeast, false);
        assert.deepEqual(answer.rows, expected.rows, `${name}, page ${page} of ${pageSize}`);
      }
    });
  }

  for (const order of ["oldest", "selected"] as const) {
    test(`ordered ${order}: every page equals a recount`, async () => {
      for (const filters of [{}, { framing: ["testimony"] }, { collection: "sarn-dam", q: "dam" }] as Partial<Filters>[]) {
        for (const [page, pageSize] of [[1, 50], [1, 3], [2, 3]] as const) {
          const answer = await listArticles(filters, page, pageSize, { order });
          const expected = await recount(filters, page, pageSize, order);
          assert.equal(answer.total, expected.total);
          assert.deepEqual(answer.rows, expected.rows, `${JSON.stringify(filters)}, page ${page} of ${pageSize}`);
        }
      }
      const most = (await listArticles({ framing: ["testimony"] }, 1, 50, { order })).rows.map((r) => r.selected);
      if (order === "selected") assert.deepEqual(most, [...most].sort((a, b) => b - a), "most selected passages first");
    });
  }

  test("the reviewer's label counts in the mix; the model view shows the model's own", async () => {
    const reviewed = await getPrisma().passage.findFirstOrThrow({ where: { labelSource: "human" } });
    const [asReviewed] = (await listArticles({}, 1, 1000)).rows.filter((r) => r.id === reviewed.articleId);
    const [asModel] = (await listArticles({ labels: "model" }, 1, 1000)).rows.filter((r) => r.id === reviewed.articleId);
    assert.equal(asReviewed.testimony, asModel.testimony + 1);
    assert.ok(asReviewed.offTopic, "the flagged article is marked");
  });

  test("the count stops where it is told to and says so", async () => {
    const stopped = await listArticles({}, 1, 3, { countedUpTo: 5 });
    assert.deepEqual([stopped.total, stopped.totalAtLeast, stopped.rows.length], [5, true, 3]);
    const exact = await listArticles({ collection: "sarn-dam" }, 1, 3, { countedUpTo: 50 });
    assert.equal(exact.totalAtLeast, false);
  });

  test("the API: JSON as the page reads it, CSV named after the collection, 400 for a bad parameter, 404 for no such collection", async () => {
    const json = await get("collection=sarn-dam&pageSize=2&page=2");
    assert.equal(json.status, 200);
    const body = await json.json();
    assert.equal(body.collection.name, "sarn-dam");
    assert.deepEqual(body.rows, JSON.parse(JSON.stringify((await recount({ collection: "sarn-dam" }, 2, 2)).rows)));
    const csv = await get("framing=testimony&format=csv");
    assert.match(csv.headers.get("content-disposition") ?? "", /filename="narrative-lens_articles_collection-xinjiang_framing-testimony\.csv"/);
    const [header, firstRow] = (await csv.text()).split(/\r?\n/);
    assert.equal(header, "article_id,title,outlet,author,published,language,passages,selected_passages,official,critical,testimony,off_topic,original_url,dashboard_page");
    assert.match(firstRow, /^\d+,/);
    const bySelected = await get("framing=testimony&sort=selected&format=csv");
    assert.match(bySelected.headers.get("content-disposition") ?? "", /filename="narrative-lens_articles-by-selected_collection-xinjiang_framing-testimony\.csv"/);
    for (const bad of ["pageSize=501", "page=0", "framing=rumour", "from=2020-13", "sort=loudest"]) {
      const r = await get(bad);
      assert.equal(r.status, 400, bad);
      assert.match((await r.json()).error, new RegExp(`bad parameter "${bad.split("=")[0]}"`));
    }
    const missing = await get("collection=no-such");
    assert.equal(missing.status, 404);
    assert.match((await missing.json()).error, /no collection named 'no-such'/);
  });
});
