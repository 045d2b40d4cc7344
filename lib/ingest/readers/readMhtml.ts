// A page saved as a single file (.mhtml/.mht: Chrome's and Edge's "Webpage, Single File") is a MIME
// multipart message. Its first text/html part is the page; its Content-Location is the page's address.
import { decodeText } from "../decodeText";
import { IngestError } from "../ingestError";

export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  return /^(From|Snapshot-Content-Location|Subject|Date|MIME-Version):/im.test(head) && /multipart\/related/i.test(head);
}

export function readMhtml(bytes: Uint8Array): { html: string; url: string | null } {
  const raw = Buffer.from(bytes).toString("latin1");
  const boundary = raw.match(/boundary\s*=\s*"?([^";\r\n]+)"?/i)?.[1];
  if (!boundary) throw new IngestError("not a readable .mhtml file (no MIME boundary)");
  for (const part of raw.split(`--${boundary}`).slice(1)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = part.slice(0, split);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split).replace(/^\r?\n\r?\n/, "");
    const encoding = headers.match(/content-transfer-encoding:\s*([\w-]+)/i)?.[1].toLowerCase();
    const payload = encoding === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64")
      : encoding === "quoted-printable" ? quotedPrintable(body) : Buffer.from(body, "latin1");
    const charset = headers.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
    const url = headers.match(/content-location:\s*(\S+)/i)?.[1] ?? null;
    return { html: decodeText(payload, charset).text, url: url && /^https?:/i.test(url) ? url : null };
  }
  throw new IngestError("not a readable .mhtml file (no HTML part)");
}

/** RFC 2045 quoted-printable → the original bytes. */
function quotedPrintable(text: string): Buffer {
  const unfolded = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i += 1) {
    const hex = unfolded[i] === "=" ? unfolded.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) { bytes.push(parseInt(hex, 16)); i += 2; } else bytes.push(unfolded.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}
