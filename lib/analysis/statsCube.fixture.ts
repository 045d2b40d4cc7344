// A statistics cube built by hand for the unit tests of the functions that read one.
import { monthIndex, type StatsCube } from "./statsCube";

/**
 * A cube of the coarsest cells only (framing 0 and 1, all outlets, all time), built by hand: every term a word
 * unless `words` says how many lead (the rest phrases); passages are the count halved, rounded up.
 */
export function twoFramingCube(terms: { stem: string; a: number; b: number }[], words = terms.length): StatsCube {
  const bytes = terms.map((t) => Buffer.from(t.stem));
  const stemStart = new Uint32Array(terms.length + 1);
  bytes.forEach((b, i) => { stemStart[i + 1] = stemStart[i] + b.length; });
  const rows = terms.flatMap((t, i) => [[0, i, t.a], [1, i, t.b]].filter(([, , count]) => count > 0));
  rows.sort((x, y) => x[0] - y[0]);
  const inCell0 = rows.filter((r) => r[0] === 0).length;
  const column = (f: (r: number[]) => number) => Uint32Array.from(rows, f);
  return {
    version: "1:1",
    terms: { count: terms.length, words, n: Uint8Array.from(terms, (_, i) => (i < words ? 1 : 2)), stemBytes: Buffer.concat(bytes), stemStart },
    coarsest: {
      cells: { framing: Uint8Array.from([0, 1]), outletId: Int32Array.from([0, 0]), month: Int32Array.from([0, 0]), rowStart: Uint32Array.from([0, inCell0, rows.length]) },
      rows: { term: Int32Array.from(rows, (r) => r[1]), count: column((r) => r[2]), passages: column((r) => Math.ceil(r[2] / 2)), articles: column((r) => r[2]) },
    },
    finest: {
      cells: { framing: new Uint8Array(0), outletId: new Int32Array(0), month: new Int32Array(0), rowStart: Uint32Array.from([0]) },
      rows: { term: new Int32Array(0), count: new Uint16Array(0), passages: new Uint16Array(0), articles: new Uint16Array(0) },
    },
    passageCells: {
      framing: Uint8Array.from([0, 1]), outletId: Int32Array.from([1, 1]), month: Int32Array.from([monthIndex("2020-01"), monthIndex("2020-01")]),
      passages: Float64Array.from([10, 10]), tokens: Float64Array.from([1000, 1000]),
    },
    outletIds: new Map([["Outlet", 1]]),
  };
}

