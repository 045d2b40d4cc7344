// The site an address belongs to, named by its registrable domain: what an article is filed under when neither
// the user nor the page names its outlet. "https://news.example.co.uk/a" and "https://www.example.co.uk/b" are one
// site, "example.co.uk"; "bbc.co.uk" stays apart from "bbc.com". The public suffix list (through tldts, private
// suffixes included, so two blogs on one hosting service stay two outlets) says where the registrable part starts,
// which no rule on dots can ("co.uk", "com.cn", "github.io").
import { parse } from "tldts";

export function siteFromAddress(url: string | null | undefined): string | null {
  const host = httpHost(url);
  if (!host) return null;
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp) return host;
  return parsed.domain ?? host.replace(/^www\./, "");
}

/** The host of an http(s) address, lowercase and without IPv6 brackets; null for anything else. */
export function httpHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.hostname.toLowerCase().replace(/^\[|\]$/g, "") || null;
  } catch {
    return null;
  }
}
