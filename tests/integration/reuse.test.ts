// Text reuse through ingest against a real database: a statement reprinted across outlets (verbatim, trimmed,
// a word changed, inside critical reporting) is linked and clustered with its first appearance; the same
// article, the same outlet and boilerplate never link; re-ingesting changes nothing; relabelling is seen in
// the clusters' framings; a delete's clusters are recomputed; and the stored clusters always equal a recount
// from the links, and the links a rebuild from the passages.
import assert from "node:assert/strict";
import { after, beforeEach, describe, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { countTerms } from "../../lib/analysis/terms";
import { joinPassages } from "../../lib/ingest/buildArticle";
import { getReuseClusterFramings, rebuildReuse } from "../../lib/queries/reuse";
import { deleteArticles } from "../../lib/queries/writes/deleteArticles";
import { type ArticleToSave, saveArticle, saveArticles } from "../../lib/queries/writes/saveArticle";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { type ClusterMember, reuseClusters } from "../../lib/reuse/reuseClusters";
import { emptyDatabase } from "../support/db";

const STATEMENT = "The vocational education and training centres have completed their mission, every trainee has graduated and found stable employment, and social stability has been restored across the region.";
const TRIMMED = "every trainee has graduated and found stable employment, and social stability has been restored";
const CHANGED = STATEMENT.replace("stable employment", "secure employment");
const CREDIT = "This report was produced with the support of an independent media foundation and may be republished free of charge under a Creative Commons licence.";

let serial = 0;
function article(outlet: string, date: string | null, paragraphs: string[], framing: "official" | "critical" | "testimony" = "official"): ArticleToSave {
  const { cleanedText, passages } = joinPassages(paragraphs);
  serial++;
  return {
    title: `${outlet} ${serial}`, byline: null, outlet, url: null, publishedAt: date, language: "en",
    contentHash: `reuse-${outlet}-${paragraphs.join("|").length}-${paragraphs[0].slice(0, 40)}`, sourceFile: null, cleanedText, modelVersion: null,
    passages: passages.map((p) => ({ ...p, framing, confidence: 0.8, terms: countTerms(p.text) })),
  };
}

const reprints = () => [
  // stored first, published third
  article("Trimming Daily", "2024-03-03", ["Officials repeated the line.", `Officials said that ${TRIMMED} in a speech on Sunday.`]),
  // the first appearance, stored second
  article("State Wire", "2024-03-01", [`The regional government announced on Friday: ${STATEMENT}`, "The announcement was read on evening television."]),
  article("Provincial Herald", "2024-03-02", [STATEMENT]),
  article("Critical Review", "2024-03-05", [
    `Former detainees contradict the claim. "${CHANGED}" That is how the government put it, but families of the missing say they have heard nothing in years.`,
  ], "critical"),
  article("Sports Weekly", "2024-03-01", ["The home side won the cup final after extra time in front of a record crowd at the national stadium."]),
];

const passageId = async (outlet: string, like: string) =>
  (await getPrisma().$queryRaw<{ id: number }[]>`SELECT p.id FROM passage p JOIN outlet o ON o.id = p.outlet_id WHERE o.name = ${outlet} AND p.text LIKE ${`%${like}%`}`)[0].id;

/** Everything reuse stores, in a comparable form. */
async function reuseSnapshot() {
  const prisma = getPrisma();
  const [links, clusters, members] = await Promise.all([
    prisma.$queryRaw`SELECT * FROM reuse_link ORDER BY passage_a, passage_b`,
    prisma.$queryRaw`SELECT * FROM reuse_cluster ORDER BY id`,
    prisma.$queryRaw`SELECT * FROM reuse_member ORDER BY passage_id`,
  ]);
  return { links, clusters, members };
}

/** The clusters recounted from the links and passages, as the stored tables should have them. */
async function assertClustersMatchLinks() {
  const prisma = getPrisma();
  const links = await prisma.$queryRaw<{ a: number; b: number }[]>`SELECT passage_a AS a, passage_b AS b FROM reuse_link`;
  const members = await prisma.$queryRaw<ClusterMember[]>`
    SELECT id AS "passageId", article_id AS "articleId", outlet_id AS "outletId", published_at AS "publishedAt" FROM passage`;
  const recount = reuseClusters(members, links);
  const stored = await reuseSnapshot();
  assert.deepEqual(stored.clusters, recount.map((c) => ({
    id: c.id, first_passage_id: c.first.passageId, first_article_id: c.first.articleId, first_outlet_id: c.first.outletId,
    first_published_at: c.first.publishedAt, last_published_at: c.lastPublishedAt, passages: c.members.length, articles: c.articles, outlets: c.outlets,
  })), "clusters equal a recount from the links");
  assert.deepEqual(stored.members, recount.flatMap((c) => c.members.map((m) => ({
    passage_id: m.passageId, cluster_id: c.id, article_id: m.articleId, outlet_id: m.outletId, published_at: m.publishedAt,
  }))).sort((x, y) => x.passage_id - y.passage_id), "members equal a recount from the links");
}

describe("text reuse at ingest", () => {
  beforeEach(async () => {
    await emptyDatabase();
    delete process.env.REUSE_MAX_ARTICLES;
  });
  after(disconnect);

  test("a reprinted statement links every outlet carrying it, with its spans, in one cluster first seen at the earliest date", async () => {
    for (const a of reprints()) await saveArticle(a);
    const wire = await passageId("State Wire", "announced");
    const herald = await passageId("Provincial Herald", "vocational");
    const trimmed = await passageId("Trimming Daily", "speech");
    const critical = await passageId("Critical Review", "detainees");
    const links = await getPrisma().$queryRaw<{ passage_a: number; passage_b: number; a_start: number; a_end: number; b_start: number; b_end: number; words: number; score: number }[]>`
      SELECT passage_a, passage_b, a_start, a_end, b_start, b_end, words, score FROM reuse_link ORDER BY passage_a, passage_b`;
    const pairs = links.map((l) => `${l.passage_a}>${l.passage_b}`).sort();
    // the earlier appearance first in every link; the trimmed copy shares 14 words with each
    assert.deepEqual(pairs, [`${wire}>${herald}`, `${wire}>${trimmed}`, `${wire}>${critical}`, `${herald}>${trimmed}`, `${herald}>${critical}`, `${trimmed}>${critical}`].sort());
    const texts = new Map((await getPrisma().passage.findMany({ select: { id: true, text: true } })).map((p) => [p.id, p.text]));
    const wireHerald = links.find((l) => l.passage_a === wire && l.passage_b === herald)!;
    assert.equal(texts.get(wire)!.slice(wireHerald.a_start, wireHerald.a_end), STATEMENT.slice(0, -1));
    assert.equal(texts.get(herald)!.slice(wireHerald.b_start, wireHerald.b_end), STATEMENT.slice(0, -1));
    assert.equal(wireHerald.words, 27);
    assert.equal(wireHerald.score, 1);
    const wireCritical = links.find((l) => l.passage_a === wire && l.passage_b === critical)!;
    assert.equal(wireCritical.words, 26, "one word changed");
    assert.match(texts.get(critical)!.slice(wireCritical.b_start, wireCritical.b_end), /^The vocational .* secure employment, .* region$/);
    const wireTrimmed = links.find((l) => l.passage_a === wire && l.passage_b === trimmed)!;
    assert.equal(texts.get(trimmed)!.slice(wireTrimmed.b_start, wireTrimmed.b_end), TRIMMED);

    const clusters = await getPrisma().reuseCluster.findMany();
    assert.equal(clusters.length, 1);
    const [c] = clusters;
    assert.equal(c.firstPassageId, wire, "first by published date, though stored second");
    assert.equal(c.id, Math.min(wire, herald, trimmed, critical));
    assert.deepEqual([c.passages, c.articles, c.outlets], [4, 4, 4]);
    assert.equal(c.firstPublishedAt?.toISOString().slice(0, 10), "2024-03-01");
    assert.equal(c.lastPublishedAt?.toISOString().slice(0, 10), "2024-03-05");
    assert.deepEqual((await getReuseClusterFramings([c.id])).get(c.id), { official: 3, critical: 1 });
    await assertClustersMatchLinks();
  });

  test("a batch of articles in one transaction links them to each other as one at a time does", async () => {
    await saveArticles(reprints());
    const batch = await reuseSnapshot();
    await emptyDatabase();
    for (const a of reprints()) await saveArticle(a);
    const single = await reuseSnapshot();
    const shape = (s: typeof batch) => JSON.stringify(s, (_, v) => (typeof v === "number" ? 0 : v));
    assert.equal(shape(batch), shape(single));
    assert.equal((batch.links as unknown[]).length, 6);
    await assertClustersMatchLinks();
  });

  test("passages of one article, or of one outlet, never link", async () => {
    await saveArticle(article("State Wire", "2024-03-01", [STATEMENT, `Again, for the record: ${STATEMENT}`]));
    await saveArticle(article("State Wire", "2024-03-02", [`As we reported yesterday, ${STATEMENT}`]));
    assert.equal(await getPrisma().reuseLink.count(), 0);
    assert.equal(await getPrisma().reuseCluster.count(), 0);
    assert.ok(Number((await getPrisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM reuse_fingerprint`)[0].n) > 20, "fingerprints are stored");
  });

  test("boilerplate in more than REUSE_MAX_ARTICLES articles links nothing; below the cap the same words would", async () => {
    process.env.REUSE_MAX_ARTICLES = "3";
    const subjects = ["a new bridge over the river", "the price of bread", "a chess tournament", "a court ruling on parking fines", "the school holidays"];
    for (const [i, s] of subjects.entries()) {
      await saveArticle(article(`Outlet ${i}`, `2024-01-0${i + 1}`, [`A short report about ${s} and little else.`, CREDIT]));
      // while the credit is in at most three articles it is wording three outlets share; the fourth makes it
      // boilerplate, and the links it had made are judged again and dropped
      const links = await getPrisma().reuseLink.count();
      assert.equal(links, i < 3 ? (i * (i + 1)) / 2 : 0, `after ${i + 1} articles`);
      await assertClustersMatchLinks();
    }
    assert.equal(await getPrisma().reuseCluster.count(), 0);
  });

  test("a reprint followed by boilerplate: the link stays, its span loses the furniture once it is boilerplate", async () => {
    process.env.REUSE_MAX_ARTICLES = "3";
    await saveArticle(article("State Wire", "2024-03-01", [`${STATEMENT} ${CREDIT}`]));
    await saveArticle(article("Provincial Herald", "2024-03-02", [`${STATEMENT} ${CREDIT}`]));
    const [before] = await getPrisma().reuseLink.findMany();
    assert.ok(before.words > 50, "credit counted while rare");
    for (const i of [1, 2]) await saveArticle(article(`Outlet ${i}`, "2024-03-03", [`Unrelated news number ${i} about the weather in the hills.`, CREDIT]));
    const [after] = await getPrisma().reuseLink.findMany();
    // the statement, and at most the few words where the credit meets it (their shingles are not the credit's)
    assert.ok(after.words >= 27 && after.words <= 27 + 5, `${after.words} words`);
    assert.ok(after.aEnd < STATEMENT.length + 40, "the credit is out of the span");
    await assertClustersMatchLinks();
  });

  test("re-ingesting the same articles changes nothing", async () => {
    for (const a of reprints()) await saveArticle(a);
    const before = await reuseSnapshot();
    const results = [];
    for (const a of reprints()) results.push(await saveArticle(a));
    assert.ok(results.every((r) => r.status === "unchanged"));
    assert.deepEqual(await reuseSnapshot(), before);
  });

  test("relabelling a passage is seen at once in its cluster's framings", async () => {
    for (const a of reprints()) await saveArticle(a);
    const [c] = await getPrisma().reuseCluster.findMany();
    const herald = await passageId("Provincial Herald", "vocational");
    await setHumanLabel(herald, "testimony");
    assert.deepEqual((await getReuseClusterFramings([c.id])).get(c.id), { official: 2, critical: 1, testimony: 1 });
    await assertClustersMatchLinks();
  });

  test("deleting an article (deleteArticles) removes its links and recomputes the clusters it joined", async () => {
    // a chain: Wire — Herald (the statement), Herald — Echo (a second statement only the two share)
    const second = "Independent observers from neighbouring countries were invited to visit the schools and spoke highly of the progress that had been made.";
    await saveArticle(article("State Wire", "2024-03-01", [STATEMENT]));
    await saveArticle(article("Provincial Herald", "2024-03-02", [`${STATEMENT} ${second}`]));
    await saveArticle(article("Echo", "2024-03-04", [second]));
    assert.equal(await getPrisma().reuseCluster.count(), 1);
    const heraldArticle = (await getPrisma().article.findFirstOrThrow({ where: { outlet: { name: "Provincial Herald" } } })).id;
    await deleteArticles([heraldArticle]);
    assert.equal(await getPrisma().reuseLink.count(), 0);
    assert.equal(await getPrisma().reuseCluster.count(), 0);
    assert.equal(await getPrisma().reuseMember.count(), 0);
    await assertClustersMatchLinks();
  });

  test("two reprints stored at once by two writers are linked once", async () => {
    await Promise.all([
      saveArticle(article("State Wire", "2024-03-01", [STATEMENT])),
      saveArticle(article("Provincial Herald", "2024-03-02", [`Quote: ${STATEMENT}`])),
      saveArticle(article("Third Paper", "2024-03-03", [`Reprinted: ${STATEMENT}`])),
    ]);
    assert.equal(await getPrisma().reuseLink.count(), 3);
    await assertClustersMatchLinks();
  });

  test("rebuildReuse finds the links ingest found, and the same clusters", async () => {
    for (const a of reprints()) await saveArticle(a);
    await saveArticle(article("Echo", "2024-03-06", [`Quoted again today: ${STATEMENT}`]));
    const incremental = await reuseSnapshot();
    const rebuilt = await rebuildReuse();
    assert.equal(rebuilt.links, (incremental.links as unknown[]).length);
    assert.deepEqual(await reuseSnapshot(), incremental);
  });
});
