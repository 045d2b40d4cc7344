// An upload carried in a queued job (its bytes as base64, its name and type) → the raw articles in it, through
// the same bytes reader as a file on disk, so an uploaded file reads exactly as the CLI reads it. Reading never
// throws: a bad upload becomes a failure record.
import { getEnv } from "../env";
import { IngestError } from "../ingest/ingestError";
import { readInputBytes } from "../ingest/readers/readInputBytes";
import type { ArticleMeta, RawArticle, ReadFailure } from "../ingest/types";
import type { Upload } from "../queue/ingestJob";
import { messageOf } from "./readInput";

export function readUpload(upload: Upload, flags: ArticleMeta = {}): (RawArticle | ReadFailure)[] {
  try {
    const limitMb = getEnv().MAX_INPUT_MB;
    // measured before decoding: four base64 characters carry three bytes
    const size = Math.floor((upload.base64.length * 3) / 4);
    if (size > limitMb * 1024 * 1024) throw new IngestError(tooLarge(size, limitMb));
    const bytes = Buffer.from(upload.base64, "base64");
    return readInputBytes({
      // no content type: the browser's is only its guess from the extension (an .mhtml is "multipart/related"),
      // so the extension and the content decide, as for a file on disk
      label: upload.name, name: upload.name, sourceFile: upload.name, bytes, meta: flags, defaults: flags,
    });
  } catch (e) {
    return [{ label: upload.name, error: messageOf(e) }];
  }
}

export function tooLarge(bytes: number, limitMb: number): string {
  return `the file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${limitMb} MB, set MAX_INPUT_MB to change it)`;
}
