// A statistics cube's terms by id (lib/analysis/termId.ts: 64 bits of the stem's MD5), so that passages' term
// vectors, which list ids, can be counted against the cube in memory. An open-addressing hash over two int32
// halves of each id: a JavaScript Map of a million and a half BigInt or string keys would cost hundreds of
// megabytes, and reading ids as BigInts allocates one per element. The ids are hashes already, so the low half
// is the slot.
import { termId } from "./termId";

export interface TermIdIndex {
  /** term number + 1 in each slot, 0 for an empty one; the length is a power of two, kept at most half full */
  slots: Int32Array;
  /** each term's id, high and low halves, by term number */
  high: Int32Array;
  low: Int32Array;
  size: number;
}

export function emptyTermIdIndex(terms: number): TermIdIndex {
  let slots = 1_024;
  while (slots < terms * 2) slots *= 2;
  return { slots: new Int32Array(slots), high: new Int32Array(Math.max(terms, 16)), low: new Int32Array(Math.max(terms, 16)), size: 0 };
}

/** The number of the term whose id halves are (high, low), or −1 if the cube has no such term. */
export function findTermById(index: TermIdIndex, high: number, low: number): number {
  const { slots } = index;
  const mask = slots.length - 1;
  for (let s = low & mask; ; s = (s + 1) & mask) {
    const held = slots[s];
    if (held === 0) return -1;
    if (index.low[held - 1] === low && index.high[held - 1] === high) return held - 1;
  }
}

/** Records term number `term` under its id; grows the index as needed. */
export function addTermId(index: TermIdIndex, term: number, high: number, low: number): void {
  if (term >= index.high.length) {
    const length = Math.max(term + 1, Math.ceil(index.high.length * 1.25));
    index.high = grown(index.high, length);
    index.low = grown(index.low, length);
  }
  index.high[term] = high;
  index.low[term] = low;
  index.size += 1;
  if (index.size * 2 > index.slots.length) {
    const placed: number[] = [];
    for (const held of index.slots) if (held !== 0) placed.push(held - 1);
    index.slots = new Int32Array(index.slots.length * 2);
    for (const t of placed) place(index, t);
  }
  place(index, term);
}

function place(index: TermIdIndex, term: number): void {
  const mask = index.slots.length - 1;
  let s = index.low[term] & mask;
  while (index.slots[s] !== 0) s = (s + 1) & mask;
  index.slots[s] = term + 1;
}

function grown(a: Int32Array, length: number): Int32Array {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

/** The index of terms numbered by their place in `stems` ("" for numbers not in use). */
export function termIdIndexOf(stems: string[]): TermIdIndex {
  const index = emptyTermIdIndex(stems.length);
  stems.forEach((stem, t) => { if (stem) addTermId(index, t, ...idHalves(termId(stem))); });
  return index;
}

/** A term id (decimal, as termId gives it) as its two halves. */
export function idHalves(id: string): [high: number, low: number] {
  const v = BigInt.asUintN(64, BigInt(id));
  return [Number(v >> 32n) | 0, Number(v & 0xffffffffn) | 0];
}
