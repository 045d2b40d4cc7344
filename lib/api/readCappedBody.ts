// A request body read with a cap: refused on its Content-Length before anything is read, and counted as it
// streams (a client may send no length, or a false one), so an oversized request is never held in memory whole.
export type CappedBody = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; response: Response };

export async function readCappedBody(request: Request, maxBytes: number, what: string): Promise<CappedBody> {
  const tooLarge = (bytes: number | null) => ({
    ok: false as const,
    response: Response.json({ error: `${what} is too large (${bytes === null ? "over" : `${mb(bytes)} MB;`} the limit is ${mb(maxBytes)} MB)` }, { status: 413 }),
  });
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(declared);
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(null);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
  return { ok: true, bytes };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1).replace(/\.0+$/, "");
