// npm run bench:floor [-- --passages 20000]
// The least an ingested passage can cost on this machine, before any statistics are kept: the pipeline's CPU
// work (clean, split, classify, count terms) on one thread, and PostgreSQL's work to store the passages and
// their term vectors with one COPY each into the real tables, search indexes included. Nothing a real ingest
// adds (duplicate checks, transactions per batch, the statistics) is here, so the rate printed is a ceiling
// for any design that keeps today's search indexes: no ingestion on this machine can beat it.
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
import { generateCorpus } from "../lib/synthetic/generateCorpus";
import { termId } from "../lib/analysis/termId";
import { toIsoDate } from "../lib/ingest/normalizeDate";
import { recreateDatabase, startDatabase, withDatabase } from "./support/database";
import { migrate } from "./support/run";

const opts = new Command("bench-ingest-floor")
  .option("--passages <n>", "synthetic passages", "20000")
  .parse().opts<{ passages: string }>();

const say = (m: string) => console.error(m);
const model = trainModel(loadTrainingData(TRAINING_DIR), "bayes");
const synthetic = [...generateCorpus({ passages: Number(opts.passages), seed: 42 })];
const parsed = () => synthetic.map((a) => ({ meta: a.meta, article: parsePlainTextArticle(a.text, a.meta, a.file) }));

// the pipeline's CPU: a warm-up pass (the JIT), then the best of two timed passes
say("timing the pipeline (clean, split, classify, count terms)");
let labelled = parsed().map(({ meta, article }) => ({ meta, article, passages: labelPassages(article, model) }));
let pipelineSeconds = Infinity;
for (let pass = 0; pass < 2; pass++) {
  const t = performance.now();
  labelled = parsed().map(({ meta, article }) => ({ meta, article, passages: labelPassages(article, model) }));
  pipelineSeconds = Math.min(pipelineSeconds, (performance.now() - t) / 1000);
}
const passageCount = labelled.reduce((n, a) => n + a.passages.length, 0);

/** A value for COPY's text format: backslash, tab, newline and carriage return escaped; null as \N. */
const field = (v: string | number | null) => (v === null ? "\\N" : String(v).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!));
const line = (values: (string | number | null)[]) => `${values.map(field).join("\t")}\n`;

// rows in the real tables' shapes: passage ids assigned here, so the vectors can name them
const passageRows: string[] = [];
const vectorRows: string[] = [];
labelled.forEach(({ article, meta, passages }, a) => passages.forEach((p, position) => {
  const id = passageRows.length + 1;
  passageRows.push(line([id, a + 1, position, p.text, p.start, p.end, p.framing, p.confidence, 1, toIsoDate(meta.published ?? article.publishedTime)]));
  const words = p.terms.filter((t) => t.n === 1);
  const vector = [...words, ...p.terms.filter((t) => t.n > 1)];
  vectorRows.push(line([id, `{${vector.map((t) => termId(t.stem)).join(",")}}`, `{${vector.map((t) => t.count).join(",")}}`, words.length, words.reduce((n, t) => n + t.count, 0)]));
}));

const server = await startDatabase({ quiet: true });
const url = withDatabase(server.url, "narrative_lens_floor");
await recreateDatabase(url);
await migrate(url);
const client = new pg.Client({ connectionString: url });
await client.connect();

async function copy(table: string, columns: string, rows: string[]): Promise<void> {
  await pipeline(Readable.from(rows), client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
}
/** Seconds to store every passage and vector in one transaction, the GIN indexes' pending entries merged. */
async function timeStore(): Promise<number> {
  await client.query("TRUNCATE passage, passage_terms");
  await client.query("CHECKPOINT");
  const t = performance.now();
  await client.query("BEGIN");
  await copy("passage", "id, article_id, position, text, start_offset, end_offset, framing, confidence, outlet_id, published_at", passageRows);
  await copy("passage_terms", "passage_id, term_ids, counts, words, tokens", vectorRows);
  // GIN defers part of its work to a pending list; merging it here charges the load with all of it
  await client.query(`SELECT gin_clean_pending_list(c.oid::regclass) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
                      WHERE am.amname = 'gin' AND i.indrelid IN ('passage'::regclass, 'passage_terms'::regclass)`);
  await client.query("COMMIT");
  return (performance.now() - t) / 1000;
}

try {
  await client.query("INSERT INTO outlet (id, name) VALUES (1, 'floor')");
  await client.query(
    `INSERT INTO article (id, title, outlet_id, content_hash, cleaned_text) SELECT i, 'floor ' || i, 1, i::text, '' FROM generate_series(1, $1::int) i`,
    [labelled.length],
  );
  say(`storing ${passageCount.toLocaleString("en")} passages with every index`);
  const withIndexes = await timeStore();
  await client.query("DROP INDEX passage_text_trgm_idx, passage_terms_term_ids_idx");
  say("again without the two search indexes (trigram text, term ids)");
  const withoutSearchIndexes = await timeStore();

  const perPassageMs = (seconds: number) => (seconds / passageCount) * 1000;
  const pipelineMs = perPassageMs(pipelineSeconds);
  const storeMs = perPassageMs(withIndexes);
  const cores = os.availableParallelism();
  console.table([
    { step: "pipeline: clean, split, classify, count terms (Node, one thread)", "ms a passage": pipelineMs.toFixed(3) },
    { step: "store passages and vectors, every index (PostgreSQL, one COPY each)", "ms a passage": storeMs.toFixed(3) },
    { step: "  of which the trigram and term-id GIN indexes", "ms a passage": (storeMs - perPassageMs(withoutSearchIndexes)).toFixed(3) },
    { step: "total CPU a passage, before any statistics", "ms a passage": (pipelineMs + storeMs).toFixed(3) },
  ]);
  const ceiling = (cores * 1000) / (pipelineMs + storeMs);
  console.log(`${passageCount.toLocaleString("en")} passages, ${cores} cores: ingestion cannot exceed about ${Math.round(ceiling).toLocaleString("en")} passages/s here, ` +
    `with both cores busy all the time and no statistics kept (the target is 2,000/s with them).`);
} finally {
  await client.end();
  await server.stop();
}
