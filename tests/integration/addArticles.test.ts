// Adding articles from the browser: POST /api/ingest queues each address, file and pasted text as a job that
// carries its content (never a path on the server's disk), a worker reads them through the CLI's readers, and
// GET /api/ingest/jobs reports each article's outcome from the queue. Writes need the reviewer token; oversized
// requests are refused before they are read.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { POST } from "../../app/api/ingest/route";
import { GET } from "../../app/api/ingest/jobs/route";
import { disconnect, getPrisma } from "../../lib/db";
import type { IngestJobStatus } from "../../lib/queue/ingestJobStatus";
import { INGEST_QUEUE, QUEUE_SCHEMA } from "../../lib/queue/ingestJob";
import { runIngestWorkers } from "../../lib/queue/runIngestWorkers";
import { closeServerIngestQueue, serverIngestQueue } from "../../lib/queue/serverIngestQueue";
import { emptyDatabase, testModel } from "../support/db";
import { PDF_BYTES, SALTWORKS_PAGE, SALTWORKS_TEXT, saltworksPage } from "../support/uploadArticles";

const TOKEN = "integration-reviewer-token";
const saved = { token: process.env.REVIEWER_TOKEN, input: process.env.MAX_INPUT_MB, upload: process.env.MAX_UPLOAD_MB };

function post(body: BodyInit, headers: Record<string, string> = {}, token: string | null = TOKEN) {
  return POST(new Request("http://localhost/api/ingest", { method: "POST", body, headers: { ...(token ? { "x-reviewer-token": token } : {}), ...headers }, duplex: "half" } as RequestInit));
}
async function jobsOf(ids: string[]) {
  const response = await GET(new Request(`http://localhost/api/ingest/jobs?ids=${ids.join(",")}`, { headers: { authorization: `Bearer ${TOKEN}` } }));
  assert.equal(response.status, 200);
  return (await response.json()) as { jobs: IngestJobStatus[]; missing: string[] };
}
async function queuedCount(): Promise<number> {
  const rows = await getPrisma().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${QUEUE_SCHEMA}.job WHERE name = '${INGEST_QUEUE}'`);
  return Number(rows[0].n);
}
const work = async () => runIngestWorkers(await serverIngestQueue(), { workers: 1, model: testModel() });

function form(files: { name: string; bytes: Buffer | string; type?: string }[], fields: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const file of files) f.append("files", new File([Buffer.from(file.bytes)], file.name, { type: file.type ?? "" }));
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

describe("adding articles from the browser", () => {
  before(async () => {
    process.env.REVIEWER_TOKEN = TOKEN;
  });
  beforeEach(async () => {
    await closeServerIngestQueue();
    await emptyDatabase();
    await serverIngestQueue();
    delete process.env.MAX_INPUT_MB;
    delete process.env.MAX_UPLOAD_MB;
    process.env.REVIEWER_TOKEN = TOKEN;
  });
  after(async () => {
    await closeServerIngestQueue();
    for (const [k, v] of [["REVIEWER_TOKEN", saved.token], ["MAX_INPUT_MB", saved.input], ["MAX_UPLOAD_MB", saved.upload]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await disconnect();
  });

  test("uploads, a spreadsheet and a pasted text are queued with their content, read by a worker, and each outcome is kept", async () => {
    const csv = `title,outlet,published,text\n"Salt road reopens",Valley Post (sample),2024-10-01,"The provincial office said the old salt road would reopen to lorries next week after repairs.\n\n“We waited two years for this,” said a driver from the upper valley."\n"Brine museum plans",Valley Post (sample),2024-10-02,"A labour group said the museum plans ignored the workers who were laid off, according to its report."\n`;
    const response = await post(form([
      { name: "saltworks.txt", bytes: SALTWORKS_TEXT, type: "text/plain" },
      { name: "brine-pans.html", bytes: saltworksPage(), type: "text/html" },
      { name: "valley.csv", bytes: csv, type: "text/csv" },
      { name: "report.pdf", bytes: PDF_BYTES, type: "application/pdf" },
    ], { title: "Harbour tolls rise at the saltworks quay", outlet: "Quay Bulletin (sample)", published: "2024-08-30",
      text: "The harbour board said on Thursday that tolls at the saltworks quay would rise by a tenth next month.\n\n“Every cart of salt now costs us more to load than it did to boil,” said a carter who works the quay." }));
    assert.equal(response.status, 202);
    const { jobs } = (await response.json()) as { jobs: { id: string; name: string }[] };
    assert.deepEqual(jobs.map((j) => j.name), ["saltworks.txt", "brine-pans.html", "valley.csv", "report.pdf", "pasted text.txt"]);

    // the jobs carry the bytes, a name and a type, never a path on this machine
    const data = await getPrisma().$queryRawUnsafe<{ data: { upload?: { name: string; type: string; base64: string }; input?: string } }[]>(`SELECT data FROM ${QUEUE_SCHEMA}.job WHERE name = '${INGEST_QUEUE}'`);
    assert.equal(data.length, 5);
    for (const { data: d } of data) {
      assert.equal(d.input, undefined);
      assert.ok(d.upload && d.upload.base64.length > 0 && !d.upload.name.includes("/"));
    }
    const txt = data.find((d) => d.data.upload?.name === "saltworks.txt")!.data.upload!;
    assert.equal(Buffer.from(txt.base64, "base64").toString("utf8"), SALTWORKS_TEXT);
    assert.equal(txt.type, "text/plain");

    const before = await jobsOf(jobs.map((j) => j.id));
    assert.deepEqual(before.jobs.map((j) => [j.state, j.name]), jobs.map((j) => ["queued", j.name]));

    const summary = await work();
    assert.deepEqual({ added: summary.added, failed: summary.failed }, { added: 5, failed: 1 });

    const after = await jobsOf(jobs.map((j) => j.id));
    assert.deepEqual(after.missing, []);
    assert.ok(after.jobs.every((j) => j.state === "done"));
    const outcomes = after.jobs.map((j) => j.articles.map((a) => `${a.status} ${a.file}`));
    assert.deepEqual(outcomes, [["added saltworks.txt"], ["added brine-pans.html"], ["added valley.csv#row 1", "added valley.csv#row 2"], ["failed report.pdf"], ["added pasted text.txt"]]);
    const pdf = after.jobs[3].articles[0];
    assert.ok(pdf.status === "failed" && /not a text file.*PDF/.test(pdf.error), JSON.stringify(pdf));

    // each added outcome names a stored article with its passages; the pasted text kept its title, outlet and date
    for (const a of after.jobs.flatMap((j) => j.articles)) {
      if (a.status === "failed") continue;
      const stored = await getPrisma().article.findUniqueOrThrow({ where: { id: a.articleId }, include: { outlet: true, _count: { select: { passages: true } } } });
      assert.equal(stored.title, a.title);
      assert.equal(stored._count.passages, a.passages);
      assert.ok(a.passages > 0);
    }
    const html = after.jobs[1].articles[0];
    assert.ok(html.status === "added" && html.title === SALTWORKS_PAGE.title);
    const pasted = after.jobs[4].articles[0];
    assert.ok(pasted.status === "added");
    const pastedArticle = await getPrisma().article.findUniqueOrThrow({ where: { id: pasted.articleId }, include: { outlet: true } });
    assert.deepEqual([pastedArticle.title, pastedArticle.outlet.name, pastedArticle.publishedAt?.toISOString().slice(0, 10)],
      ["Harbour tolls rise at the saltworks quay", "Quay Bulletin (sample)", "2024-08-30"]);
    assert.equal(await getPrisma().article.count(), 5, "the bad file stored nothing");

    // the same file again changes nothing, and says so
    const again = (await (await post(form([{ name: "saltworks.txt", bytes: SALTWORKS_TEXT }]))).json()) as { jobs: { id: string }[] };
    await work();
    const [repeat] = (await jobsOf([again.jobs[0].id])).jobs;
    assert.equal(repeat.articles[0].status, "unchanged");
    assert.equal(await getPrisma().article.count(), 5);
  });

  test("the form's collection goes with every job: a new name typed wins over the list, the worker puts the articles there", async () => {
    const response = await post(form([{ name: "saltworks.txt", bytes: SALTWORKS_TEXT, type: "text/plain" }], { collection: "xinjiang", newCollection: " salt-valley " }));
    assert.equal(response.status, 202);
    const { jobs } = (await response.json()) as { jobs: { id: string }[] };
    const queued = await jobsOf(jobs.map((j) => j.id));
    assert.deepEqual(queued.jobs.map((j) => [j.state, j.collection]), [["queued", "salt-valley"]]);
    await work();
    const [done] = (await jobsOf(jobs.map((j) => j.id))).jobs;
    const outcome = done.articles[0];
    assert.ok(outcome.status === "added" && outcome.collection === "salt-valley", JSON.stringify(outcome));
    assert.match(outcome.note ?? "", /collection 'salt-valley' created/);
    const homes = await getPrisma().$queryRaw<{ name: string }[]>`SELECT c.name FROM article_collection m JOIN collection c ON c.id = m.collection_id WHERE m.article_id = ${outcome.articleId}`;
    assert.deepEqual(homes.map((h) => h.name), ["salt-valley"]);

    // the same text into the default collection (chosen in the list): already stored, now in both
    const again = (await (await post(form([{ name: "saltworks.txt", bytes: SALTWORKS_TEXT }], { collection: "xinjiang", newCollection: "" }))).json()) as { jobs: { id: string }[] };
    await work();
    const [repeat] = (await jobsOf([again.jobs[0].id])).jobs;
    assert.deepEqual([repeat.collection, repeat.articles[0].status], ["xinjiang", "unchanged"]);
    assert.match((repeat.articles[0] as { note?: string }).note ?? "", /already stored; now also in 'xinjiang'/);

    // a bad name is refused before anything is queued, naming the parameter, from the form and from JSON alike
    const jobsBefore = await queuedCount();
    for (const bad of [await post(form([{ name: "a.txt", bytes: SALTWORKS_TEXT }], { newCollection: "Salt Valley" })),
      await post(JSON.stringify({ addresses: ["https://example.org/a"], collection: "../etc" }), { "content-type": "application/json" })]) {
      assert.equal(bad.status, 400);
      assert.match(((await bad.json()) as { error: string }).error, /^bad parameter "collection": use lowercase letters/);
    }
    assert.equal(await queuedCount(), jobsBefore);
  });

  test("JSON bodies work the same; bad fields are a 400 naming them; unknown job ids are listed as missing", async () => {
    const ok = await post(JSON.stringify({ files: [{ name: "saltworks.txt", base64: Buffer.from(SALTWORKS_TEXT).toString("base64") }] }), { "content-type": "application/json" });
    assert.equal(ok.status, 202);
    for (const [body, field] of [
      [{}, "addresses"], [{ addresses: ["ftp://example.org/x"] }, "addresses.0"], [{ text: { text: "Some words.", title: "" } }, "text.title"],
      [{ text: { text: "Some words.", title: "T", published: "30/08/2024" } }, "text.published"], [{ files: [{ name: "", base64: "" }] }, "files.0.name"],
    ] as const) {
      const response = await post(JSON.stringify(body), { "content-type": "application/json" });
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.match(((await response.json()) as { error: string }).error, new RegExp(`bad parameter "${field.replace(/\./g, "\\.")}"`));
    }
    assert.equal((await post("not json", { "content-type": "application/json" })).status, 400);
    const bad = await GET(new Request("http://localhost/api/ingest/jobs?ids=12,abc", { headers: { "x-reviewer-token": TOKEN } }));
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: string }).error, /bad parameter "ids\.0"/);
    const unknown = "00000000-0000-4000-8000-000000000000";
    assert.deepEqual((await jobsOf([unknown])).missing, [unknown]);
  });

  test("oversized requests and files are refused before they are read, and nothing is queued", async () => {
    process.env.MAX_UPLOAD_MB = "0.01"; // 10 KiB for a whole request
    process.env.MAX_INPUT_MB = "0.002"; // 2 KiB per file
    // a declared length over the cap: refused without pulling a byte of the body
    let pulled = 0;
    // (no high-water mark: the stream is pulled only when read)
    const endless = new ReadableStream<Uint8Array>({ pull(c) { pulled += 1; c.enqueue(new Uint8Array(1024)); } }, { highWaterMark: 0 });
    const declared = await post(endless, { "content-type": "application/json", "content-length": String(50 * 1024 * 1024) });
    assert.equal(declared.status, 413);
    assert.match(((await declared.json()) as { error: string }).error, /too large \(50 MB; the limit is 0\.01 MB\)/);
    assert.equal(pulled, 0);
    // no length given: counted as it streams, and cut off once over the cap
    pulled = 0;
    const streamed = await post(new ReadableStream<Uint8Array>({ pull(c) { pulled += 1; c.enqueue(new Uint8Array(1024)); } }), { "content-type": "application/json" });
    assert.equal(streamed.status, 413);
    assert.ok(pulled <= 12, `read ${pulled} KiB of an endless body`);
    // under the request's cap, but one file over the per-file limit
    const big = await post(form([{ name: "saltworks.txt", bytes: SALTWORKS_TEXT }, { name: "long.txt", bytes: "word ".repeat(1000) }]));
    assert.equal(big.status, 413);
    assert.match(((await big.json()) as { error: string }).error, /^long\.txt: the file is too large/);
    assert.equal(await queuedCount(), 0);
  });

  test("writing needs the reviewer token: 403 when read-only, 401 when wrong or missing", async () => {
    const body = () => JSON.stringify({ addresses: ["https://example.org/story"] });
    assert.equal((await post(body(), { "content-type": "application/json" }, "not-the-token")).status, 401);
    assert.equal((await post(body(), { "content-type": "application/json" }, null)).status, 401);
    const status = await GET(new Request("http://localhost/api/ingest/jobs?ids=00000000-0000-4000-8000-000000000000"));
    assert.equal(status.status, 401);
    delete process.env.REVIEWER_TOKEN;
    const readOnly = await post(body(), { "content-type": "application/json" });
    assert.equal(readOnly.status, 403);
    assert.match(((await readOnly.json()) as { error: string }).error, /read-only/);
    assert.equal(await queuedCount(), 0);
  });
});
