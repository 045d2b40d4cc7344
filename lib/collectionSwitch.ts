// Switching collection in the header keeps the view and whatever means the same in any collection (framings,
// dates, labels, languages, the view's display options) and drops what belongs to the old one: its outlets, a
// clicked term, a search or typed phrase, a page of the passage list, and a page about one of its articles or
// stories (those go to the view that lists them). Two-sided views lose each side's own collection too.

/** Parameters that name or narrow the old collection's contents, on either side of a two-sided view too. */
const BELONGS_TO_COLLECTION = new Set(["collection", "outlet", "term", "q", "page", "phrase", "contested", "mark", "find"]);

const unprefixed = (key: string) => key.replace(/^[ab]\./, "");

/** The page a switch lands on: the same view, or the list a one-article or one-story page belongs to. */
export function switchedPath(pathname: string): string {
  if (/^\/articles\/[^/]+\/?$/.test(pathname)) return "/";
  if (/^\/reuse\/(?!outlets\/?$)[^/]+\/?$/.test(pathname)) return "/reuse";
  return pathname || "/";
}

/** What a switch keeps: the page it lands on and the parameters it carries over (without the new collection). */
export function collectionSwitch(pathname: string, params: URLSearchParams): { path: string; keep: [string, string][] } {
  const path = switchedPath(pathname);
  // an article's or a story's own parameters mean nothing on the list it goes back to
  if (path !== pathname) return { path, keep: [] };
  return { path, keep: [...params.entries()].filter(([k]) => !BELONGS_TO_COLLECTION.has(unprefixed(k))) };
}

/** The address of the same view in another collection. */
export function collectionSwitchHref(pathname: string, params: URLSearchParams, collection: string): string {
  const { path, keep } = collectionSwitch(pathname, params);
  const query = new URLSearchParams([...keep, ["collection", collection]]).toString();
  return `${path}?${query}`;
}
