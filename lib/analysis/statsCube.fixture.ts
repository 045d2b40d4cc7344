// A statistics cube built by hand for the unit tests of the functions that read one.
import { termIdIndexOf } from "./termIdIndex";
import { ALL_TIME_CELL, monthIndex, type StatsCube } from "./statsCube";

/**
 * A cube of the coarsest cells only (framing 0 and 1, all outlets, all time), built by hand: every term a word
 * unless `words` says how many lead (the rest phrases); passages are the count halved, rounded up.
 */
export function twoFramingCube(terms: { stem: string; a: number; b: number }[], words = terms.length): StatsCube {
  const bytes = terms.map((t) => Buffer.from(t.stem));
  const stemStart = new Uint32Array(terms.length + 1);
  bytes.forEach((b, i) => { stemStart[i + 1] = stemStart[i] + b.length; });
  const rows = terms.flatMap((t, i) => [[0, i, t.a], [1, i, t.b]].filter(([, , count]) => count > 0));
  const cell = (framing: number) => {
    const own = rows.filter((r) => r[0] === framing);
    const column = (f: (r: number[]) => number) => Uint32Array.from(own, f);
    // each article uses its term in this framing only
    return {
      term: Int32Array.from(own, (r) => r[1]), count: column((r) => r[2]), passages: column((r) => Math.ceil(r[2] / 2)),
      articles: column((r) => r[2]), articlesOnly: column((r) => r[2]), articlesWithoutPrevious: column((r) => r[2]),
    };
  };
  return {
    version: "1:1",
    snapshot: "1:1:",
    terms: {
      count: terms.length, words, loadedWords: words, loadedPhrases: terms.length - words, nextWord: words, n: Uint8Array.from(terms, (_, i) => (i < words ? 1 : 2)),
      stemBytes: Buffer.concat(bytes), stemStart, added: new Map(), addedIndex: new Map(), ids: termIdIndexOf(terms.map((t) => t.stem)),
    },
    coarsest: { cells: { collection: Int32Array.from([1, 1]), framing: Uint8Array.from([0, 1]), outletId: Int32Array.from([0, 0]), month: Int32Array.from([ALL_TIME_CELL, ALL_TIME_CELL]) }, rows: [cell(0), cell(1)] },
    years: { cells: { collection: new Int32Array(0), framing: new Uint8Array(0), outletId: new Int32Array(0), month: new Int32Array(0) }, rows: [] },
    finest: { cells: { collection: new Int32Array(0), framing: new Uint8Array(0), outletId: new Int32Array(0), month: new Int32Array(0) }, rows: [] },
    passageCells: {
      collection: Int32Array.from([1, 1]), framing: Uint8Array.from([0, 1]), outletId: Int32Array.from([1, 1]), month: Int32Array.from([monthIndex("2020-01"), monthIndex("2020-01")]),
      passages: Float64Array.from([10, 10]), tokens: Float64Array.from([1000, 1000]),
    },
    outletIds: new Map([["Outlet", 1]]),
    collectionIds: new Map([["xinjiang", 1]]),
    defaultCollection: 1,
  };
}

