// One key per article address, so the same article reached by two URLs is recognised: the scheme,
// "www.", the fragment, tracking parameters, default ports and a trailing slash do not make a new article.

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|smid|sr_share|cid|__twitter_impression)$/i;

export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  const path = withoutTrailingSlashes(u.pathname);
  // a front page names a site, not an article: never a duplicate key
  if (!path && !u.search) return null;
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const host = u.hostname.toLowerCase().replace(/^www\./, "");
  return `${host}${path}${query}`;
}

/** "/a/b///" → "/a/b", by a loop: /\/+$/ retries from every slash of a long run of them. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === "/") end--;
  return path.slice(0, end);
}
