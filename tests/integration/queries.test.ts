// Dashboard queries on a small corpus whose answers are known by construction.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { countTerms } from "../../lib/analysis/terms";
import type { FramingLabel } from "../../lib/classify/labels";
import { disconnect } from "../../lib/db";
import { joinPassages } from "../../lib/ingest/buildArticle";
import { getArticle } from "../../lib/queries/reads/getArticle";
import { getFramingByMonth } from "../../lib/queries/reads/getFramingByMonth";
import { getFramingByOutlet } from "../../lib/queries/reads/getFramingByOutlet";
import { getFramingBreakdown } from "../../lib/queries/reads/getFramingBreakdown";
import { getPassages } from "../../lib/queries/reads/getPassages";
import { getTermSurfaces } from "../../lib/queries/reads/getTermSurfaces";
import { getTopTerms } from "../../lib/queries/reads/getTopTerms";
import { saveArticle } from "../../lib/queries/writes/saveArticle";
import { emptyDatabase } from "../support/db";

async function store(outlet: string, published: string, passages: [FramingLabel, string][]) {
  const { cleanedText, passages: drafts } = joinPassages(passages.map(([, text]) => text));
  return saveArticle({
    title: `${outlet} ${published}`, byline: null, outlet, url: `https://example.org/${published}`, publishedAt: published, language: "en",
    contentHash: `${outlet}-${published}`, sourceFile: null, cleanedText, modelVersion: null,
    passages: drafts.map((d, i) => ({ ...d, framing: passages[i][0], confidence: 0.8, terms: countTerms(d.text) })),
  });
}

describe("dashboard queries", () => {
  let firstArticle = 0;
  before(async () => {
    await emptyDatabase();
    firstArticle = (await store("Alpha", "2019-01-10", [
      ["official", "The training centres teach vocational skills."],
      ["critical", "Researchers describe the camps as internment camps."],
      ["testimony", "I was held in a camp for nine months."],
    ])).articleId;
    await store("Beta", "2019-03-05", [
      ["critical", "Satellite images show new camps near the city."],
      ["critical", "Rights groups called for access to the camps."],
    ]);
  });
  after(disconnect);

  test("framing by outlet counts each outlet's passages per framing", async () => {
    const rows = await getFramingByOutlet({});
    assert.deepEqual(rows, [
      { outlet: "Alpha", official: 1, critical: 1, testimony: 1, total: 3 },
      { outlet: "Beta", official: 0, critical: 2, testimony: 0, total: 2 },
    ]);
    assert.deepEqual(await getFramingByOutlet({ framing: ["critical"] }), [
      { outlet: "Beta", official: 0, critical: 2, testimony: 0, total: 2 },
      { outlet: "Alpha", official: 0, critical: 1, testimony: 0, total: 1 },
    ]);
  });

  test("framing by month shows the empty month between as zero", async () => {
    const rows = await getFramingByMonth({});
    assert.deepEqual(rows.map((r) => [r.month, r.total]), [["2019-01", 3], ["2019-02", 0], ["2019-03", 2]]);
  });

  test("the overview's two charts, matched once for a search, equal each chart read alone", async () => {
    const selections = [{}, { q: "camps" }, { q: "camps", framing: ["critical" as const] }, { from: "2019-01-01", to: "2019-03-31" }, { q: "nobody says this" }];
    for (const filters of selections) {
      assert.deepEqual(await getFramingBreakdown(filters), { byOutlet: await getFramingByOutlet(filters), byMonth: await getFramingByMonth(filters) }, JSON.stringify(filters));
    }
    const { byOutlet, byMonth } = await getFramingBreakdown({ q: "camps" });
    assert.deepEqual(byOutlet, [
      { outlet: "Beta", official: 0, critical: 2, testimony: 0, total: 2 },
      { outlet: "Alpha", official: 0, critical: 1, testimony: 0, total: 1 },
    ]);
    assert.deepEqual(byMonth.map((r) => [r.month, r.critical]), [["2019-01", 1], ["2019-02", 0], ["2019-03", 2]]);
  });

  test("top terms group by stem and name the most common form", async () => {
    const rows = await getTopTerms({}, 3);
    const critical = rows.filter((r) => r.framing === "critical");
    assert.equal(critical[0].term, "camps");
    assert.equal(critical[0].count, 4); // camps ×4 across three critical passages ("internment camps" twice in one)
    assert.equal(critical[0].passages, 3);
    // named by the corpus-wide commonest form, whichever framing uses it
    assert.ok(rows.some((r) => r.framing === "testimony" && r.stem === critical[0].stem && r.term === "camps"));
  });

  test("passages filter by term stem, outlet, dates and free text", async () => {
    const [camp] = (await getTopTerms({ framing: ["critical"] }, 1));
    const byTerm = await getPassages({ term: camp.stem });
    assert.equal(byTerm.total, 4); // three critical + the testimony's "camp"
    assert.deepEqual(await getTermSurfaces(camp.stem), ["camps", "camp"]);
    assert.equal((await getPassages({ term: camp.stem, framing: ["testimony"] })).rows[0].text, "I was held in a camp for nine months.");
    assert.equal((await getPassages({ outlet: ["Beta"] })).total, 2);
    assert.equal((await getPassages({ from: "2019-02", to: "2019-12" })).total, 2);
    assert.equal((await getPassages({ to: "2019-01" })).total, 3);
    assert.equal((await getPassages({ q: "satellite" })).total, 1);
    assert.equal((await getPassages({ q: "100%_" })).total, 0); // LIKE wildcards are literal
  });

  test("an article comes back with its passages in order", async () => {
    const article = await getArticle(firstArticle);
    assert.ok(article);
    assert.deepEqual(article.passages.map((p) => p.position), [0, 1, 2]);
    assert.equal(article.outlet.name, "Alpha");
  });
});

describe("precomputed statistics", () => {
  after(disconnect);

  test("the overview answers the same from the statistics as from the passages", async () => {
    const { getPrisma } = await import("../../lib/db");
    const { rebuildStats } = await import("../../lib/queries/stats/rebuildStats");
    // the same filters, once through the aggregates (whole months) and once forced onto passages (days)
    const viaStats = await getFramingByOutlet({ from: "2019-01", to: "2019-03" });
    const viaPassages = await getFramingByOutlet({ from: "2019-01-01", to: "2019-03-31" });
    assert.deepEqual(viaStats, viaPassages);
    const termsViaStats = await getTopTerms({ framing: ["critical"] });
    const before = await getPrisma().$queryRaw`SELECT framing::text, outlet_id, month, stem, count, passages, articles, articles_only, articles_without_previous FROM term_stat ORDER BY 1, 2, 3, 4`;
    await rebuildStats();
    const after = await getPrisma().$queryRaw`SELECT framing::text, outlet_id, month, stem, count, passages, articles, articles_only, articles_without_previous FROM term_stat ORDER BY 1, 2, 3, 4`;
    assert.deepEqual(before, after, "incremental statistics equal a recount");
    assert.deepEqual(await getTopTerms({ framing: ["critical"] }), termsViaStats);
  });
});
