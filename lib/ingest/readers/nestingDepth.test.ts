import assert from "node:assert/strict";
import { test } from "node:test";
import { IngestError } from "../ingestError";
import { FLATTEN_BELOW, flattenDeepNesting, MAX_NESTING, nestingDepth } from "./nestingDepth";
import { parseRawArticle } from "../parseRawArticle";

test("counts element depth as the DOM has it: void elements and implied end tags do not deepen it", () => {
  assert.equal(nestingDepth("<html><body><div><p>a<br>b<img src=x></p></div></body></html>"), 4);
  assert.equal(nestingDepth("<ul><li>a<li>b<li>c</ul>"), 2);
  assert.equal(nestingDepth("<p>a<p>b<p>c"), 1);
  assert.equal(nestingDepth(`${"<div>".repeat(6000)}x`), 6000);
});

const PARAGRAPHS = [
  "The water board said on Monday that the new canal would reach the eastern villages before the autumn harvest.",
  "Farmers in the valley said they had waited three years for the work to begin and doubted the new date.",
  "A spokeswoman for the board said the delay came from a dispute over land that has now been settled.",
];
const deepPage = (depth: number) => `<!doctype html><html><head><title>Canal reaches the valley</title></head><body>${"<div><span>".repeat(depth / 2)}<article><h1>Canal reaches the valley</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article>${"</span></div>".repeat(depth / 2)}<footer>Contact us</footer></body></html>`;

for (const depth of [510, 2000, 20_000]) {
  test(`a page ${depth.toLocaleString("en")} elements deep is read: its paragraphs are the passages`, () => {
    const flat = flattenDeepNesting(deepPage(depth));
    assert.ok(flat.depth >= depth, `depth ${flat.depth}`);
    assert.ok(nestingDepth(flat.html) <= FLATTEN_BELOW + 1, "flattened below the limit");
    const article = parseRawArticle({ label: "deep.html", sourceFile: "deep.html", content: { kind: "html-page", html: deepPage(depth) }, meta: {}, found: {} }, "deep");
    assert.equal(article.title, "Canal reaches the valley");
    assert.deepEqual(article.passages.map((p) => p.text), PARAGRAPHS);
  });
}

test("unwrapping keeps every word and the block structure, and leaves shallow markup as it was", () => {
  const html = `<div>${"<div>".repeat(200)}<p>one <b>bold</b> two</p><div>three &amp; four</div><div>five</div>${"</div>".repeat(200)}</div>`;
  const flat = flattenDeepNesting(html, 50);
  assert.ok(flat.unwrapped > 150);
  assert.ok(flat.html.includes("<p>one bold two</p>"), flat.html.slice(-300));
  assert.ok(flat.html.includes("<br>three &amp; four<br><br>five<br>"), flat.html.slice(-300));
  assert.equal(nestingDepth(flat.html), 51);
  const shallow = "<!doctype html><p class=x>a &lt; b</p><script>if (a < b) x()</script>";
  assert.equal(flattenDeepNesting(shallow).html, shallow);
});

test("only depths no real page reaches are refused, with a clear message", () => {
  assert.throws(() => flattenDeepNesting(`${"<div>".repeat(MAX_NESTING + 1)}x`), (e: unknown) => e instanceof IngestError && /nested too deeply .*more than 50,000 levels/.test(e.message));
});
