import assert from "node:assert/strict";
import { test } from "node:test";
import { readCopyBinary } from "./pgCopyBinary";

/** A binary COPY stream built by hand, as PostgreSQL writes it: (int4, text, NULL) tuples. */
function copyStream(tuples: [number, string][]): Buffer {
  const parts = [Buffer.from("PGCOPY\n\xff\r\n\0", "latin1"), int32(0), int32(4), Buffer.from([9, 9, 9, 9])]; // 4 bytes of header extension
  for (const [n, text] of tuples) {
    const bytes = Buffer.from(text, "utf8");
    parts.push(int16(3), int32(4), int32(n), int32(bytes.length), bytes, int32(-1));
  }
  parts.push(int16(-1));
  return Buffer.concat(parts);
}
const int16 = (v: number) => { const b = Buffer.alloc(2); b.writeInt16BE(v); return b; };
const int32 = (v: number) => { const b = Buffer.alloc(4); b.writeInt32BE(v); return b; };

async function read(chunks: Buffer[]): Promise<[number, string, number][]> {
  const rows: [number, string, number][] = [];
  const count = await readCopyBinary((async function* () { yield* chunks; })(), (buf, start, length, fields) => {
    assert.equal(fields, 3);
    rows.push([buf.readInt32BE(start[0]), buf.toString("utf8", start[1], start[1] + length[1]), length[2]]);
  });
  assert.equal(count, rows.length);
  return rows;
}

const tuples: [number, string][] = [[1, "camp"], [-7, ""], [2147483647, "re-educ camp"], [42, "Ürümqi 新疆"]];
const expected = tuples.map(([n, t]): [number, string, number] => [n, t, -1]);

test("reads every tuple, whatever the chunk boundaries", async () => {
  const whole = copyStream(tuples);
  assert.deepEqual(await read([whole]), expected);
  // split at every byte, and into single bytes
  for (let at = 1; at < whole.length; at++) assert.deepEqual(await read([whole.subarray(0, at), whole.subarray(at)]), expected, `split at ${at}`);
  assert.deepEqual(await read([...whole].map((b) => Buffer.from([b]))), expected);
});

test("refuses a stream that is not binary COPY or that ends early", async () => {
  await assert.rejects(read([Buffer.from("1\tcamp\n".padEnd(40, "x"))]), /signature/);
  const whole = copyStream(tuples);
  await assert.rejects(read([whole.subarray(0, whole.length - 2)]), /ended early/);
});
