import assert from "node:assert/strict";
import { test } from "node:test";
import { termNumberOf } from "./cubeTerms";
import type { CubeTerms } from "./statsCube";
import { termIdIndexOf } from "./termIdIndex";

/** Terms as a load numbers them: words in byte order, `room` free numbers, then phrases in byte order. */
function loadedTerms(words: string[], phrases: string[], room: number): CubeTerms {
  const stems = [...words, ...Array<string>(room).fill(""), ...phrases];
  const bytes = stems.map((s) => Buffer.from(s));
  const stemStart = new Uint32Array(stems.length + 1);
  bytes.forEach((b, i) => { stemStart[i + 1] = stemStart[i] + b.length; });
  return {
    count: stems.length, words: words.length + room, loadedWords: words.length, loadedPhrases: phrases.length, nextWord: words.length,
    n: Uint8Array.from(stems, (_s, i) => (i < words.length ? 1 : i < words.length + room ? 0 : 2)),
    stemBytes: Buffer.concat(bytes), stemStart, added: new Map(), addedIndex: new Map(), ids: termIdIndexOf(stems),
  };
}

test("a loaded stem is found by its bytes, words among words and phrases among phrases", () => {
  // byte order: "Zone" < "camp" < "école" (0x43... < 0x63... < 0xC3...)
  const terms = loadedTerms(["Zone", "camp", "centr", "école"], ["camp centr", "vocat train"], 2);
  assert.deepEqual(["Zone", "camp", "centr", "école"].map((w) => termNumberOf(terms, w, 1)), [0, 1, 2, 3]);
  assert.equal(termNumberOf(terms, "camp centr", 2), 6);
  assert.equal(termNumberOf(terms, "vocat train", 2), 7);
  assert.equal(terms.added.size, 0);
});

test("new words take the room after the loaded ones until it runs out; new phrases go at the end", () => {
  const terms = loadedTerms(["camp", "school"], ["camp school"], 2);
  assert.equal(termNumberOf(terms, "dormitori", 1), 2);
  assert.equal(termNumberOf(terms, "dormitori", 1), 2, "numbered once");
  assert.equal(termNumberOf(terms, "fenc", 1), 3);
  assert.equal(termNumberOf(terms, "guard", 1), null, "no room left: the cube must load again");
  assert.equal(termNumberOf(terms, "school camp", 2), 5);
  assert.equal(terms.count, 6);
  assert.equal(terms.n[5], 2);
  assert.equal(termNumberOf(terms, "camp", 2), 6, "a phrase is not the word of the same bytes");
});
