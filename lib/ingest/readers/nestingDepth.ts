// How deeply a page's elements nest, found with a linear scan of its tags before any DOM is built: a page of
// thousands of nested <div>s makes DOM libraries and Readability recurse until they hang or overflow.
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

export const MAX_NESTING = 400;

export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const [, closing, name, selfClosing] = m;
    if (VOID.has(name.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}
