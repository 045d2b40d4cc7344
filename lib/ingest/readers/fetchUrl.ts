// Fetch one web address for ingestion, defensively: http and https only (at every redirect), a bounded
// number of redirects, a timeout for the whole exchange, a size cap enforced while the body streams in,
// and errors a user can act on ("could not reach …: are you offline?") rather than "fetch failed".
import { IngestError } from "../ingestError";

export interface FetchLimits { timeoutMs: number; maxBytes: number; maxRedirects: number }
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

export interface FetchedPage { url: string; finalUrl: string; contentType: string; charset: string | null; bytes: Uint8Array }

const USER_AGENT = "Mozilla/5.0 (compatible; narrative-lens/0.1; article ingestion)";

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input.trim());
}

export async function fetchUrl(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = checkedUrl(url);
  for (let hop = 0; ; hop += 1) {
    let res: Response;
    try {
      res = await fetch(current, { redirect: "manual", signal, headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5" } });
    } catch (e) {
      throw new IngestError(describeNetworkError(e, current, limits));
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
      await res.body?.cancel();
      if (hop >= limits.maxRedirects) throw new IngestError(`too many redirects (more than ${limits.maxRedirects}) from ${url}`);
      current = checkedUrl(new URL(res.headers.get("location")!, current).toString());
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new IngestError(`the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ""} for ${current}`);
    }
    const contentType = res.headers.get("content-type") ?? "";
    const declared = Number(res.headers.get("content-length") ?? "0");
    if (declared > limits.maxBytes) {
      await res.body?.cancel();
      throw new IngestError(`the page is too large (${declared} bytes; the limit is ${limits.maxBytes})`);
    }
    const bytes = await readCapped(res, limits, current);
    return { url, finalUrl: current, contentType: contentType.split(";")[0].trim().toLowerCase(), charset: contentType.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1] ?? null, bytes };
  }
}

function checkedUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new IngestError(`not a valid web address: ${url}`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new IngestError(`only http and https addresses can be fetched, not ${u.protocol.replace(":", "")}: (${url})`);
  return u.toString();
}

async function readCapped(res: Response, limits: FetchLimits, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  try {
    for (let r = await reader?.read(); r && !r.done; r = await reader?.read()) {
      total += r.value.byteLength;
      if (total > limits.maxBytes) {
        await reader?.cancel().catch(() => {});
        throw new IngestError(`the page is too large (over ${limits.maxBytes} bytes)`);
      }
      chunks.push(r.value);
    }
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(describeNetworkError(e, url, limits));
  }
  return Buffer.concat(chunks);
}

function describeNetworkError(e: unknown, url: string, limits: FetchLimits): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === "TimeoutError" || err?.name === "AbortError") return `timed out after ${limits.timeoutMs / 1000} s fetching ${url}`;
  const code = err?.cause?.code ?? "";
  const host = new URL(url).host;
  if (["ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "ENETDOWN"].includes(code)) return `could not reach ${host} (${code}): are you offline, or is the address wrong?`;
  if (code === "ECONNREFUSED") return `${host} refused the connection (${code})`;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return `${host} closed the connection (${code})`;
  if (/certificate|CERT_|SSL|TLS/i.test(`${code} ${err?.cause?.message ?? ""}`)) return `could not establish a secure connection to ${host} (${code || err?.cause?.message})`;
  return `could not fetch ${url}: ${err?.cause?.message ?? err?.message ?? String(e)}`;
}
