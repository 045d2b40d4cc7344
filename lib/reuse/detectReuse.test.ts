// Reuse detection on hand-made passages: partial reuse, edits, and what must never count.
import assert from "node:assert/strict";
import { test } from "node:test";
import { candidatePairs } from "./candidatePairs";
import { detectReuse, type PassageText } from "./detectReuse";
import { DEFAULT_REUSE_PARAMETERS as params } from "./reuseParameters";

const STATEMENT = "The regional government said the vocational training centres had completed their work and that every trainee had returned to ordinary life with stable employment.";

/** A passage in an article of its own outlet (outlet = article), unless an outlet is given. */
const other = (id: number, articleId: number, text: string, outletId = articleId): PassageText => ({ id, articleId, outletId, text });

test("one reused sentence inside two otherwise different paragraphs is found, with its span in each", () => {
  const a = `Rain fell across the plateau for a third day. ${STATEMENT} Roads to the airport stayed open.`;
  const b = `At the press conference, a spokesman read from a prepared text. ${STATEMENT} He took no questions.`;
  const [link, ...rest] = detectReuse([other(1, 1, a), other(2, 2, b)], params);
  assert.equal(rest.length, 0);
  assert.equal(a.slice(link.aStart, link.aEnd), STATEMENT.slice(0, -1));
  assert.equal(b.slice(link.bStart, link.bEnd), STATEMENT.slice(0, -1));
  assert.equal(link.words, 24);
  assert.equal(link.score, 1);
});

test("a trimmed copy with one word changed, in other case and punctuation, is still found", () => {
  const copy = "the vocational training centres had COMPLETED their work, and that every student had returned to ordinary life";
  const [link] = detectReuse([other(1, 1, STATEMENT), other(2, 2, `Critics doubted it: ${copy}, they said, was untrue.`)], params);
  assert.ok(link, "no link");
  assert.ok(link.words === 16 && link.score > 0.9, JSON.stringify(link));
  assert.match(STATEMENT.slice(link.aStart, link.aEnd), /^the vocational .* ordinary life$/);
});

test("passages of one article, or of one outlet, never link; nor do passages sharing fewer than REUSE_MIN_WORDS words", () => {
  assert.deepEqual(detectReuse([other(1, 1, STATEMENT), other(2, 1, `Again: ${STATEMENT}`)], params), []);
  assert.deepEqual(detectReuse([other(1, 1, STATEMENT, 7), other(2, 2, `Again: ${STATEMENT}`, 7)], params), []);
  const shortShared = "said in a statement on Tuesday that talks would resume";
  assert.deepEqual(detectReuse([
    other(1, 1, `The union ${shortShared} after the harvest festival in the southern provinces.`),
    other(2, 2, `The airline ${shortShared} once pilots and managers agree on rest periods.`),
  ], params), []);
});

test("boilerplate in more than REUSE_MAX_ARTICLES articles links nothing, however long", () => {
  const credit = "This report was produced with support from a media foundation and may be republished free of charge under a Creative Commons licence.";
  const topics = ["bridge repairs", "a chess final", "the grain price", "a court ruling", "school meals", "a flood warning"];
  const passages = topics.map((t, i) => other(i + 1, i + 1, `A short item about ${t} and nothing else of note. ${credit}`));
  assert.equal(detectReuse(passages, { ...params, maxArticles: 5 }).length, 0);
  // below the cap the same wording does count: the cap, not the length, is what excludes it
  assert.ok(detectReuse(passages.slice(0, 3), { ...params, maxArticles: 5 }).length > 0);
});

test("unrelated passages on one subject do not link", () => {
  assert.deepEqual(detectReuse([
    other(1, 1, "The ministry of health reported that hospital admissions fell in the spring, while waiting lists for surgery grew in three provinces."),
    other(2, 2, "Hospital admissions fell in the spring, the ministry of health said, but nurses in three provinces warned of longer waits for surgery."),
  ], params), []);
});

test("candidates: same article, same outlet and shared fingerprints below the minimum are not pairs", () => {
  const postings = [
    { hash: 1, passageId: 1, articleId: 1 }, { hash: 1, passageId: 2, articleId: 1 }, { hash: 1, passageId: 3, articleId: 2 },
    { hash: 2, passageId: 1, articleId: 1 }, { hash: 2, passageId: 3, articleId: 2 }, { hash: 2, passageId: 2, articleId: 1 },
    { hash: 3, passageId: 2, articleId: 1 }, { hash: 1, passageId: 4, articleId: 4 }, { hash: 2, passageId: 4, articleId: 4 },
  ].map((p) => ({ ...p, outletId: p.articleId === 4 ? 2 : p.articleId }));
  const pairs = candidatePairs(postings, (id) => id === 3, 2);
  assert.deepEqual(pairs.map((p) => [p.a, p.b, [...p.shared].sort()]), [[1, 3, [1, 2]], [2, 3, [1, 2]]]);
  assert.deepEqual(candidatePairs(postings, (id) => id === 3, 3), []);
});
