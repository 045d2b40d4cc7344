// npm run bench:html [-- CORPUS_DIR]   Readability over linkedom vs over jsdom, on folders of
// NAME/source.html + NAME/expected-metadata.json (default ../shared/corpora/readability-pages):
// parse + extract time per page (median of 5 runs), metadata fields equal to the expected ones, and
// whether both DOMs give Readability the same article text. The figures are in docs/html-extraction.md.
import fs from "node:fs";
import path from "node:path";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseHTML } from "linkedom";
import { decodeText } from "../lib/ingest/decodeText";

const dir = process.argv[2] ?? "../shared/corpora/readability-pages";
const FIELDS = ["title", "byline", "siteName", "publishedTime", "lang"] as const;
const RUNS = 5;
type Parsed = ReturnType<Readability["parse"]>;

const dom = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html, { url: "http://localhost/", virtualConsole: new VirtualConsole() }).window.document,
};

const pages = fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => ({
  name: d.name,
  html: decodeText(fs.readFileSync(path.join(dir, d.name, "source.html"))).text,
  expected: JSON.parse(fs.readFileSync(path.join(dir, d.name, "expected-metadata.json"), "utf8")) as Record<string, unknown>,
}));

const texts: Record<string, (string | null)[]> = {};
for (const [lib, build] of Object.entries(dom)) {
  let equal = 0, compared = 0, failures = 0;
  const times: number[] = [];
  texts[lib] = [];
  for (const page of pages) {
    const runs: number[] = [];
    let result: Parsed = null;
    try {
      for (let i = 0; i < RUNS; i += 1) {
        const t = performance.now();
        result = new Readability(build(page.html)).parse();
        runs.push(performance.now() - t);
      }
    } catch (e) {
      failures += 1;
      console.log(`${lib} ${page.name}: threw ${e instanceof Error ? e.message : e}`);
    }
    times.push(runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? NaN);
    texts[lib].push(result?.textContent?.replace(/\s+/g, " ").trim() ?? null);
    for (const f of FIELDS) {
      if (!(f in page.expected)) continue;
      compared += 1;
      if ((result?.[f] ?? null) === (page.expected[f] ?? null)) equal += 1;
    }
  }
  const total = times.reduce((a, b) => a + b, 0);
  console.log(`${lib.padEnd(9)} ${pages.length} pages  total ${total.toFixed(0)} ms  median page ${[...times].sort((a, b) => a - b)[Math.floor(times.length / 2)].toFixed(1)} ms  slowest ${Math.max(...times).toFixed(0)} ms  metadata ${equal}/${compared}  failures ${failures}`);
}
const same = pages.filter((_, i) => texts.linkedom[i] === texts.jsdom[i]).length;
console.log(`identical article text from both DOMs: ${same}/${pages.length} pages`);
