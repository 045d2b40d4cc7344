// A reader of PostgreSQL's binary COPY format (COPY … TO STDOUT WITH (FORMAT binary); "COPY", "Binary
// Format" in the PostgreSQL manual): a signature, flags and a header extension, then per tuple a 16-bit field
// count and per field a 32-bit length (−1 for NULL) and that many bytes, and a count of −1 at the end. Used to
// read tens of millions of integer rows (the statistics cube) without a JavaScript object per row: each
// tuple is handed over as offsets into the chunk that holds it, read with buf.readInt32BE and friends.

const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");

/** Where each field of the tuple lies in `buf` (length −1: NULL); the arrays are reused between tuples. */
export type TupleHandler = (buf: Buffer, start: Int32Array, length: Int32Array, fields: number) => void;

/** Calls onTuple for each tuple of the stream; returns how many there were. Throws on a malformed stream. */
export async function readCopyBinary(source: AsyncIterable<Buffer>, onTuple: TupleHandler, maxFields = 16): Promise<number> {
  const [start, length] = [new Int32Array(maxFields), new Int32Array(maxFields)];
  let pending: Buffer = Buffer.alloc(0);
  let headerRead = false;
  let ended = false;
  let tuples = 0;
  for await (const chunk of source) {
    const buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let at = 0;
    if (!headerRead) {
      if (buf.length < 19) { pending = buf; continue; }
      if (!buf.subarray(0, 11).equals(SIGNATURE)) throw new Error("not a binary COPY stream: the signature is missing");
      const extension = buf.readInt32BE(15);
      if (buf.length < 19 + extension) { pending = buf; continue; }
      at = 19 + extension;
      headerRead = true;
    }
    while (!ended && at + 2 <= buf.length) {
      const fields = buf.readInt16BE(at);
      if (fields === -1) { ended = true; at += 2; break; }
      if (fields > maxFields) throw new Error(`binary COPY tuple of ${fields} fields, more than the ${maxFields} expected`);
      // the whole tuple must be in buf before it is handed over
      let p = at + 2;
      let complete = true;
      for (let f = 0; f < fields; f++) {
        if (p + 4 > buf.length) { complete = false; break; }
        const size = buf.readInt32BE(p);
        start[f] = p + 4;
        length[f] = size;
        p += 4 + Math.max(size, 0);
        if (p > buf.length) { complete = false; break; }
      }
      if (!complete) break;
      onTuple(buf, start, length, fields);
      tuples++;
      at = p;
    }
    // the remainder only, copied, so that the chunk it came from can be freed
    pending = at < buf.length ? Buffer.from(buf.subarray(at)) : Buffer.alloc(0);
  }
  if (!headerRead || !ended) throw new Error("binary COPY stream ended early");
  return tuples;
}
