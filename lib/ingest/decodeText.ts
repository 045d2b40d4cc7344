// Bytes → text, whatever the encoding the file or server used, or a clear refusal when the bytes are not
// text at all. Order of evidence (why: saved pages are often re-encoded to UTF-8 by the browser but keep
// their old <meta charset>, so bytes that are valid UTF-8 outrank a declaration; random legacy-encoded
// text is almost never valid UTF-8):
//   1. a byte-order mark;
//   2. the bytes decode as UTF-8 without error;
//   3. a declared charset: the HTTP Content-Type, <meta charset>/http-equiv, or <?xml encoding?>;
//   4. statistical detection (chardet), which recognises GB18030, Shift_JIS, EUC-*, Big5, windows-125x…;
//   5. windows-1252, which maps every byte.
import chardet from "chardet";
import iconv from "iconv-lite";
import { IngestError } from "./ingestError";

export interface DecodedText { text: string; encoding: string; }

const MAGIC: [string, number[]][] = [
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a ZIP archive (or .docx/.xlsx/.epub)", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["an old Office document", [0xd0, 0xcf, 0x11, 0xe0]],
];

export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText {
  const magic = MAGIC.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
  if (magic) throw new IngestError(`not a text file (it looks like ${magic[0]})`);
  const fromBom = bomEncoding(bytes);
  const encoding = fromBom ?? (isUtf8(bytes) ? "utf-8" : usable(declared) ?? usable(declaredInMarkup(bytes)) ?? usable(chardet.detect(bytes)) ?? "windows-1252");
  const text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  if (looksBinary(text)) throw new IngestError("not a text file (it contains NUL bytes or other control characters)");
  return { text, encoding: encoding.toLowerCase() };
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The charset a page or feed declares in its first few kilobytes (ASCII-compatible encodings only). */
export function declaredInMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  return head.match(/<meta[^<>]+?charset\s*=\s*(?:["']\s*)?([\w.:-]+)/i)?.[1]
    ?? head.match(/<\?xml[^<>]+?encoding\s*=\s*["']([\w.:-]+)["']/i)?.[1]
    ?? null;
}

// The WHATWG Encoding Standard decodes these labels as their supersets; so do we.
const SUPERSET: Record<string, string> = { "gb2312": "gbk", "iso-8859-1": "windows-1252", "us-ascii": "windows-1252", "ascii": "windows-1252", "iso-8859-9": "windows-1254", "x-sjis": "shift_jis" };

function usable(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  const name = SUPERSET[l] ?? l;
  // a page that declares UTF-16 in ASCII is not UTF-16: ignore the claim, as browsers do
  if (/^utf-?16/.test(name)) return null;
  return iconv.encodingExists(name) ? name : null;
}

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 8192);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point of this test
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g)?.length ?? 0;
  return controls > Math.max(4, sample.length * 0.01);
}
