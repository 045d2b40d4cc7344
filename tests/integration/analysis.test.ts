// Keyness, concordance, ledger, timeline and the API routes on a corpus whose answers are known.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { countTerms, termKey } from "../../lib/analysis/terms";
import type { FramingLabel } from "../../lib/classify/labels";
import { disconnect, getPrisma } from "../../lib/db";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { joinPassages } from "../../lib/ingest/buildArticle";
import { getConcordance } from "../../lib/queries/reads/getConcordance";
import { getContestedLedger } from "../../lib/queries/reads/getContestedLedger";
import { getKeyness } from "../../lib/queries/reads/keyness/getKeyness";
import { getTermTimeline } from "../../lib/queries/reads/getTermTimeline";
import { saveArticle } from "../../lib/queries/writes/saveArticle";
import { GET as keynessApi } from "../../app/api/keyness/route";
import { GET as concordanceApi } from "../../app/api/concordance/route";
import { GET as passagesApi } from "../../app/api/passages/route";
import { emptyDatabase } from "../support/db";

async function store(outlet: string, published: string, passages: [FramingLabel, string][]) {
  const { cleanedText, passages: drafts } = joinPassages(passages.map(([, text]) => text));
  return saveArticle({
    title: `${outlet} ${published}`, byline: null, outlet, url: null, publishedAt: published, language: "en",
    contentHash: `${outlet}-${published}`, sourceFile: null, cleanedText, modelVersion: null,
    passages: drafts.map((d, i) => ({ ...d, framing: passages[i][0], confidence: 0.8, terms: countTerms(d.text) })),
  });
}

describe("analysis queries and API", () => {
  before(async () => {
    await emptyDatabase();
    // "re-education camps" is testimony's phrase in three articles; "vocational training" is official's in three.
    for (const [i, month] of ["2019-01-05", "2019-03-05", "2020-06-05"].entries()) {
      await store(`Outlet ${i % 2 ? "B" : "A"}`, month, [
        ["testimony", `I was held in the re-education camps for months, and my brother ${i} was held in re-education camps too.`],
        ["official", `The vocational training centres teach law and vocational training, the spokesperson ${i} said.`],
        ["critical", `Researchers documented internment camps and detention centres across the region ${i}.`],
      ]);
    }
  });
  after(disconnect);

  test("keyness puts each framing's own phrase at the top of its side", async () => {
    const result = await getKeyness({ framing: ["testimony"] }, { framing: ["official"] });
    assert.ok(result.totals.tokensA > 0 && result.totals.tokensB > 0);
    const topA = result.typicalOfA.map((r) => r.term);
    const topB = result.typicalOfB.map((r) => r.term);
    assert.ok(topA.includes("re-education camps"), topA.join(", "));
    assert.ok(topB.includes("vocational training"), topB.join(", "));
    const camps = result.typicalOfA.find((r) => r.term === "re-education camps")!;
    assert.equal(camps.a, 6);
    assert.equal(camps.b, 0);
    assert.equal(camps.docsA, 3);
    assert.equal(camps.articlesA, 3);
    assert.ok(camps.z > 0 && camps.g2 > 0 && camps.logRatio > 0);
  });

  test("keyness needs a term in at least two articles by default", async () => {
    const result = await getKeyness({ framing: ["testimony"] }, { framing: ["official"] });
    assert.ok(result.typicalOfA.every((r) => r.articlesA >= 2));
  });

  test("concordance returns every occurrence with context, sorted by the chosen side", async () => {
    const { lines, total } = await getConcordance({}, { term: termKey("re-education camps") }, "left");
    assert.equal(total, 6);
    assert.ok(lines.every((l) => l.match.toLowerCase() === "re-education camps"));
    const leftWords = lines.map((l) => l.left.trim().split(/\s+/).at(-1));
    assert.deepEqual(leftWords, [...leftWords].sort((x, y) => x!.localeCompare(y!)));
    const outletB = await getConcordance({ outlet: ["Outlet B"] }, { term: termKey("re-education camps") });
    assert.equal(outletB.total, 2);
  });

  test("the ledger counts each competing name by outlet and by year", async () => {
    const group = { id: "facilities", label: "facilities", names: [
      { id: "voc", name: "vocational training centres", forms: ["vocational training centre"] },
      { id: "camps", name: "re-education camps", forms: ["re-education camp"] },
      { id: "intern", name: "internment camps", forms: ["internment camp"] },
    ] };
    const ledger = await getContestedLedger(group, {});
    const cell = (key: string, nameId: string) => ledger.byOutlet.find((c) => c.key === key && c.nameId === nameId)?.count ?? 0;
    assert.equal(cell("Outlet A", "camps"), 4);  // two articles × twice
    assert.equal(cell("Outlet B", "camps"), 2);
    assert.equal(cell("Outlet A", "voc"), 2);
    assert.equal(ledger.byYear.find((c) => c.key === "2020" && c.nameId === "intern")?.count, 1);
    assert.equal(ledger.byOutlet.find((c) => c.key === "Outlet A" && c.nameId === "camps")?.passages, 2);
    // who uses which name: each name only in the framing that says it here
    assert.deepEqual(ledger.byFraming.map((c) => [c.framing, c.nameId, c.count, c.passages]),
      [["official", "voc", 3, 3], ["critical", "intern", 3, 3], ["testimony", "camps", 6, 3]].sort((x, y) => String(x[0]).localeCompare(String(y[0]))));
    // the forms found under each name, as written (lower-cased), plural included
    assert.deepEqual(ledger.forms.filter((f) => f.nameId === "camps"), [{ nameId: "camps", form: "re-education camps", count: 6 }]);
    assert.deepEqual(ledger.forms.filter((f) => f.nameId === "voc"), [{ nameId: "voc", form: "vocational training centres", count: 3 }]);
  });

  test("the term timeline fills empty months with zero and counts passages", async () => {
    const months = await getTermTimeline({ term: termKey("re-education camps") });
    assert.equal(months.length, 18); // 2019-01 … 2020-06
    assert.deepEqual(months.filter((m) => m.occurrences > 0).map((m) => [m.month, m.testimony, m.passages]), [["2019-01", 2, 1], ["2019-03", 2, 1], ["2020-06", 2, 1]]);
    assert.equal(months[1].occurrences, 0);
  });

  test("API: a bad parameter is a 400 that names it", async () => {
    const bad = await keynessApi(new Request("http://test/api/keyness?a.framing=propaganda"));
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error, /a\.framing/);
    const badLimit = await keynessApi(new Request("http://test/api/keyness?limit=-3"));
    assert.equal(badLimit.status, 400);
    assert.match((await badLimit.json()).error, /"limit"/);
    const badDate = await passagesApi(new Request("http://test/api/passages?from=yesterday"));
    assert.equal(badDate.status, 400);
    assert.match((await badDate.json()).error, /"from"/);
    const noTarget = await concordanceApi(new Request("http://test/api/concordance"));
    assert.equal(noTarget.status, 400);
  });

  test("API: CSV export applies the filters and names them in the file", async () => {
    const res = await concordanceApi(new Request("http://test/api/concordance?phrase=re-education%20camps&outlet=Outlet%20B&format=csv"));
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-disposition") ?? "", /filename="narrative-lens_concordance_collection-xinjiang_outlet-Outlet-B_term-re-education-camps\.csv"/);
    const lines = (await res.text()).trim().split("\r\n");
    assert.equal(lines.length, 3); // header + two occurrences in Outlet B
    assert.match(lines[0], /^left,match,right,/);
    assert.ok(lines.slice(1).every((l) => l.includes("Outlet B")));
  });

  test("API: the passage CSV can be cited as it is: article, author, date, original address, anchor, label and who gave it", async () => {
    const article = await getPrisma().article.findFirstOrThrow({ where: { title: "Outlet A 2019-01-05" }, include: { passages: { orderBy: { position: "asc" } } } });
    await getPrisma().article.update({ where: { id: article.id }, data: { url: "https://news.example.org/2019/camps", byline: "A. Reporter" } });
    const reviewed = article.passages[1];
    await setHumanLabel(reviewed.id, "critical");
    const res = await passagesApi(new Request("http://test/api/passages?outlet=Outlet%20A&from=2019-01&to=2019-01&format=csv"));
    assert.equal(res.status, 200);
    const [header, ...rows] = (await res.text()).trim().split("\r\n");
    assert.equal(header, "passage_id,article_title,outlet,author,published,original_url,dashboard_anchor,paragraph,framing,labelled_by,confidence,model_framing,speaker,speaker_role,text");
    assert.equal(rows.length, 3);
    const line = (id: number) => rows.find((r) => r.startsWith(`${id},`)) ?? assert.fail(`no row for passage ${id}`);
    assert.ok(line(reviewed.id).startsWith(`${reviewed.id},Outlet A 2019-01-05,Outlet A,A. Reporter,2019-01-05,https://news.example.org/2019/camps,/articles/${article.id}#p-${reviewed.position},${reviewed.position + 1},critical,reviewer,,official,`), line(reviewed.id));
    assert.match(line(article.passages[0].id), /,testimony,model,0\.80*,testimony,/, "a model label says so, with its confidence");

    // the JSON of the same address carries the same citation, field for field, in each row's `citation`
    const json = await passagesApi(new Request("http://test/api/passages?outlet=Outlet%20A&from=2019-01&to=2019-01"));
    const { rows: jsonRows } = (await json.json()) as { rows: { id: number; text: string; citation: Record<string, unknown> }[] };
    assert.equal(jsonRows.length, 3);
    const cited = jsonRows.find((r) => r.id === reviewed.id) ?? assert.fail("no JSON row for the reviewed passage");
    assert.deepEqual(cited.citation, {
      article_title: "Outlet A 2019-01-05", outlet: "Outlet A", author: "A. Reporter", published: "2019-01-05",
      original_url: "https://news.example.org/2019/camps", dashboard_anchor: `/articles/${article.id}#p-${reviewed.position}`,
      paragraph: reviewed.position + 1, framing: "critical", labelled_by: "reviewer", confidence: "", model_framing: "official",
      speaker: reviewed.speakerName ?? "", speaker_role: reviewed.speakerRole ?? "",
    });
    assert.deepEqual(Object.keys(cited.citation), header.split(",").slice(1, -1), "the CSV's columns are the citation's fields, between the id and the text");
  });

  test("API: SQL metacharacters are data, huge numbers and unknown sort keys are 400s", async () => {
    const injection = encodeURIComponent("'; DROP TABLE passage; --");
    const searched = await passagesApi(new Request(`http://test/api/passages?q=${injection}&outlet=${injection}`));
    assert.equal(searched.status, 200);
    assert.equal(((await searched.json()) as { total: number }).total, 0);
    const stillThere = await passagesApi(new Request("http://test/api/passages"));
    assert.ok(((await stillThere.json()) as { total: number }).total > 0, "the passage table survived");
    for (const [url, name] of [
      ["http://test/api/passages?page=99999999999999999999", "page"],
      ["http://test/api/passages?pageSize=1e308", "pageSize"],
      ["http://test/api/keyness?limit=NaN", "limit"],
      ["http://test/api/concordance?phrase=camps&sort=text;DROP", "sort"],
      ["http://test/api/passages?framing=official&framing=%27%20OR%201=1", "framing"],
      ["http://test/api/passages?from=2019-13-45x", "from"],
    ] as const) {
      const res = url.includes("keyness") ? await keynessApi(new Request(url)) : url.includes("concordance") ? await concordanceApi(new Request(url)) : await passagesApi(new Request(url));
      assert.equal(res.status, 400, url);
      assert.match(((await res.json()) as { error: string }).error, new RegExp(`"${name.replace(".", "\\.")}"`), url);
    }
    const repeated = await passagesApi(new Request(`http://test/api/passages?${Array.from({ length: 200 }, () => "outlet=Outlet%20A").join("&")}`));
    assert.equal(repeated.status, 200);
  });
});
