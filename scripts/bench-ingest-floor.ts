// npm run bench:floor [-- --passages 20000]
// The least an ingested passage can cost on this machine, before any statistics are kept: the pipeline's CPU
// work (clean, split, classify, count terms) on one thread, and PostgreSQL's work to store the passages and
// their term vectors with one COPY each into the real tables, search indexes included. Nothing a real ingest
// adds (duplicate checks, transactions per batch, the statistics) is here, so the rate printed is a ceiling
// for any design that keeps today's search indexes: no ingestion on this machine can beat it. With
// --on-top-of N the tables first receive N other passages (stored the fast way, indexes built afterwards, not
// timed), so the figure is the cost of a passage added to a corpus of that size.
import fs from "node:fs";
import os from "node:os";
import { Command } from "commander";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { trainModel } from "../lib/classify/model";
import { loadTrainingData } from "../lib/classify/trainingData";
import { parsePlainTextArticle } from "../lib/ingest/buildArticle";
import { TRAINING_DIR } from "../lib/pipeline/trainAndStore";
import { labelPassages } from "../lib/pipeline/labelPassages";
import { generateCorpus } from "../bench/synthetic/generateCorpus";
import { termId } from "../lib/analysis/termId";
import { toIsoDate } from "../lib/ingest/normalizeDate";
import { countTerms, type TermCount } from "../lib/analysis/terms";
import { recreateDatabase, startDatabase, withDatabase } from "./support/database";
import { migrate } from "./support/migrate";

const opts = new Command("bench-ingest-floor")
  .option("--passages <n>", "synthetic passages timed", "20000")
  .option("--on-top-of <n>", "passages already stored before the timed ones", "0")
  .parse().opts<{ passages: string; onTopOf: string }>();

const say = (m: string) => console.error(m);
const model = trainModel(loadTrainingData(TRAINING_DIR), "bayes");
const synthetic = [...generateCorpus({ passages: Number(opts.passages), seed: 42 })];
const parsed = () => synthetic.map((a) => ({ meta: a.meta, article: parsePlainTextArticle(a.text, a.meta, a.file) }));

// The figures are CPU time, not elapsed time, so that a busy machine inflates them little: this process's for
// the pipeline, the database backend's (read from /proc) for the store.
const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

// the pipeline's CPU: a warm-up pass (the JIT), then the best of two timed passes
say("timing the pipeline (clean, split, classify, count terms)");
let labelled = parsed().map(({ meta, article }) => ({ meta, article, passages: labelPassages(article, model) }));
let pipelineSeconds = Infinity;
for (let pass = 0; pass < 2; pass++) {
  const before = process.cpuUsage();
  labelled = parsed().map(({ meta, article }) => ({ meta, article, passages: labelPassages(article, model) }));
  pipelineSeconds = Math.min(pipelineSeconds, cpuSeconds(process.cpuUsage(before)));
}
const passageCount = labelled.reduce((n, a) => n + a.passages.length, 0);

/** A value for COPY's text format: backslash, tab, newline and carriage return escaped; null as \N. */
const field = (v: string | number | null) => (v === null ? "\\N" : String(v).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!));
const line = (values: (string | number | null)[]) => `${values.map(field).join("\t")}\n`;

interface Row { text: string; start: number; end: number; framing: string; confidence: number; terms: TermCount[] }
/** A passage and its vector as lines of COPY text in the real tables' shapes (ids assigned here). */
function rowsOf(id: number, articleId: number, position: number, p: Row, published: string | null): { passage: string; vector: string } {
  const words = p.terms.filter((t) => t.n === 1);
  const vector = [...words, ...p.terms.filter((t) => t.n > 1)];
  return {
    passage: line([id, articleId, position, p.text, p.start, p.end, p.framing, p.confidence, 1, published]),
    vector: line([id, `{${vector.map((t) => termId(t.stem)).join(",")}}`, `{${vector.map((t) => t.count).join(",")}}`, words.length, words.reduce((n, t) => n + t.count, 0)]),
  };
}

// the corpus already stored: another seed, counted but not classified (its framing does not matter here)
const earlier = Number(opts.onTopOf);
let earlierPassages = 0;
let earlierArticles = 0;
function* earlierRows(): Generator<{ passage: string; vector: string }> {
  for (const a of generateCorpus({ passages: earlier, seed: 7 })) {
    const article = parsePlainTextArticle(a.text, a.meta, a.file);
    earlierArticles += 1;
    for (const [position, p] of article.passages.entries()) {
      earlierPassages += 1;
      yield rowsOf(earlierPassages, earlierArticles, position, { ...p, framing: "official", confidence: 1, terms: countTerms(p.text) }, toIsoDate(a.meta.published));
    }
  }
}

const server = await startDatabase({ quiet: true });
const url = withDatabase(server.url, "narrative_lens_floor");
await recreateDatabase(url);
await migrate(url);
const client = new pg.Client({ connectionString: url });
await client.connect();

const PASSAGE_COLUMNS = "id, article_id, position, text, start_offset, end_offset, framing, confidence, outlet_id, published_at";
const VECTOR_COLUMNS = "passage_id, term_ids, counts, words, tokens";
async function copy(table: string, columns: string, rows: Iterable<string>): Promise<void> {
  await pipeline(Readable.from(rows), client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
}
/** The search indexes (the migrations' trigram and term-id GIN indexes), dropped and rebuilt as the migrations define them. */
const SEARCH_INDEXES = ["passage_text_trgm_idx", "passage_terms_term_ids_idx"];
const dropSearchIndexes = async () => { for (const name of SEARCH_INDEXES) await client.query(`DROP INDEX ${name}`); };
const passageRows: string[] = [];
const vectorRows: string[] = [];
/**
 * CPU seconds to store the measured passages and vectors in one transaction, the GIN indexes' pending entries
 * merged: the better of two tries. The second stores the same rows into the pages the first touched, already
 * in memory and already written whole to the WAL since the last checkpoint, the kindest case a load can meet.
 */
async function timeStore(): Promise<number> {
  return Math.min(await storeOnce(), await storeOnce());
}

/** The backend's CPU seconds so far (utime + stime in /proc, in clock ticks of 1/100 s); elapsed time if unreadable. */
async function backendSeconds(): Promise<number> {
  const { rows: [{ pid }] } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return performance.now() / 1000;
  }
}

async function storeOnce(): Promise<number> {
  await client.query("DELETE FROM passage WHERE id > $1", [earlierPassages]);
  await client.query("VACUUM passage, passage_terms");
  const before = await backendSeconds();
  await client.query("BEGIN");
  await copy("passage", PASSAGE_COLUMNS, passageRows);
  await copy("passage_terms", VECTOR_COLUMNS, vectorRows);
  // GIN defers part of its work to a pending list; merging it here charges the load with all of it
  await client.query(`SELECT gin_clean_pending_list(c.oid::regclass) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
                      WHERE am.amname = 'gin' AND i.indrelid IN ('passage'::regclass, 'passage_terms'::regclass)`);
  await client.query("COMMIT");
  return (await backendSeconds()) - before;
}

try {
  await client.query("INSERT INTO outlet (id, name) VALUES (1, 'floor')");
  const articles = (count: number) => client.query(
    `INSERT INTO article (id, title, outlet_id, content_hash, cleaned_text)
     SELECT i, 'floor ' || i, 1, i::text, '' FROM generate_series(COALESCE((SELECT max(id) FROM article), 0) + 1, COALESCE((SELECT max(id) FROM article), 0) + $1::int) i`,
    [count],
  );
  if (earlier) {
    say(`storing ${earlier.toLocaleString("en")} earlier passages (not timed)`);
    const { rows: definitions } = await client.query<{ sql: string }>(
      "SELECT pg_get_indexdef(to_regclass(name)) AS sql FROM unnest($1::text[]) AS name", [SEARCH_INDEXES]);
    await dropSearchIndexes();
    // in slices (a million vectors are about 2 GB of text); the articles are counted as they are generated,
    // so their rows come last and the foreign key is checked once they are there
    const slice = { passages: [] as string[], vectors: [] as string[] };
    const store = async () => {
      await copy("passage", PASSAGE_COLUMNS, slice.passages.splice(0));
      await copy("passage_terms", VECTOR_COLUMNS, slice.vectors.splice(0));
    };
    await client.query("ALTER TABLE passage DROP CONSTRAINT passage_article_id_fkey");
    for (const r of earlierRows()) {
      slice.passages.push(r.passage);
      slice.vectors.push(r.vector);
      if (slice.passages.length >= 50_000) await store();
    }
    await store();
    await articles(earlierArticles);
    await client.query("ALTER TABLE passage ADD CONSTRAINT passage_article_id_fkey FOREIGN KEY (article_id) REFERENCES article(id) ON UPDATE CASCADE ON DELETE CASCADE");
    await client.query("SET maintenance_work_mem = '1GB'");
    for (const { sql } of definitions) await client.query(sql);
    await client.query("VACUUM ANALYZE");
  }
  labelled.forEach(({ article, meta, passages }, a) => passages.forEach((p, position) => {
    const r = rowsOf(earlierPassages + passageRows.length + 1, earlierArticles + a + 1, position, p, toIsoDate(meta.published ?? article.publishedTime));
    passageRows.push(r.passage);
    vectorRows.push(r.vector);
  }));
  await articles(labelled.length);
  say(`storing ${passageCount.toLocaleString("en")} passages with every index${earlier ? `, on top of ${earlierPassages.toLocaleString("en")}` : ""}`);
  const withIndexes = await timeStore();
  await dropSearchIndexes();
  say("again without the two search indexes (trigram text, term ids)");
  const withoutSearchIndexes = await timeStore();

  const perPassageMs = (seconds: number) => (seconds / passageCount) * 1000;
  const pipelineMs = perPassageMs(pipelineSeconds);
  const storeMs = perPassageMs(withIndexes);
  const cores = os.availableParallelism();
  console.table([
    { step: "pipeline: clean, split, classify, count terms (Node's CPU)", "ms a passage": pipelineMs.toFixed(3) },
    { step: "store passages and vectors, every index (the backend's CPU, one COPY each)", "ms a passage": storeMs.toFixed(3) },
    { step: "  of which the trigram and term-id GIN indexes", "ms a passage": (storeMs - perPassageMs(withoutSearchIndexes)).toFixed(3) },
    { step: "total CPU a passage, before any statistics", "ms a passage": (pipelineMs + storeMs).toFixed(3) },
  ]);
  const ceiling = (cores * 1000) / (pipelineMs + storeMs);
  console.log(`${passageCount.toLocaleString("en")} passages${earlier ? ` on top of ${earlierPassages.toLocaleString("en")}` : ""}, ${cores} cores: ingestion cannot exceed about ${Math.round(ceiling).toLocaleString("en")} passages/s here, ` +
    `with both cores busy all the time and no statistics kept (the target is 2,000/s with them).`);
} finally {
  await client.end();
  await server.stop();
}
