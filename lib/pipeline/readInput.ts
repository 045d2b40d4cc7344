// One input named on the command line (a file or a web address) → the raw articles in it, or the reason
// it could not be read. Reading never throws: a bad input becomes a failure record and the batch goes on.
// The bytes are read in a worker under the time budget (readWithBudget.ts).
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "../env";
import { IngestError } from "../ingest/ingestError";
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchUrl, isHttpUrl } from "../ingest/readers/fetchUrl";
import { readBytesWithBudget } from "./readWithBudget";
import { resolveMeta } from "../ingest/sources";
import type { ArticleMeta, RawArticle, ReadFailure } from "../ingest/types";

export async function readInput(input: string, flags: ArticleMeta = {}, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<(RawArticle | ReadFailure)[]> {
  try {
    if (isHttpUrl(input)) {
      const page = await fetchUrl(input, limits);
      return await readBytesWithBudget({
        label: input, name: page.finalUrl, sourceFile: null, bytes: page.bytes, contentType: page.contentType, charset: page.charset,
        url: page.finalUrl, meta: flags, defaults: flags,
      });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new IngestError(`only http and https addresses can be fetched (${input})`);
    const limitMb = getEnv().MAX_INPUT_MB;
    const size = fs.statSync(input).size;
    if (size > limitMb * 1024 * 1024) {
      throw new IngestError(`the file is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${limitMb} MB, set MAX_INPUT_MB to change it)`);
    }
    return await readBytesWithBudget({
      label: input, name: input, sourceFile: path.basename(input), bytes: fs.readFileSync(input),
      meta: resolveMeta(input, flags), defaults: flags,
    });
  } catch (e) {
    return [{ label: input, error: messageOf(e) }];
  }
}

export function messageOf(e: unknown): string {
  if (e instanceof IngestError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "ENOENT") return "no such file or folder";
  if (err?.code === "EACCES") return "permission denied";
  if (err?.code === "EISDIR") return "is a folder";
  return e instanceof Error ? e.message : String(e);
}
