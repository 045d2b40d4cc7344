// Pages nested hundreds or thousands of elements deep (a real news page: 510) make DOM libraries and Readability
// slow or overflow their stack: Readability took 1.5 s at depth 510 and 60 s at 2,000, and linkedom overflows
// near 10,000. So before any DOM is built, elements deeper than FLATTEN_BELOW are unwrapped: their tags are
// dropped and their content kept, a block element leaving a <br> at each end so its text stays a paragraph of
// its own. The tags are read with htmlparser2, the tokenizer linkedom itself uses, so depths and implied
// end tags (<p>, <li> left open) are counted as the DOM will have them. Everything else is copied unchanged.
import { Parser } from "htmlparser2";
import { IngestError } from "../ingestError";

/** Elements at deeper levels are unwrapped; real pages keep their article well above this. */
export const FLATTEN_BELOW = 120;
/** Deeper than this no real page goes: refused as malformed. */
export const MAX_NESTING = 50_000;

// kept wherever they are: void elements have no content, and a <p> cannot hold another (opening one closes it)
const KEPT = new Set(["p", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const BLOCK = new Set(["address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"]);

export interface Flattened { html: string; depth: number; unwrapped: number }

export function flattenDeepNesting(html: string, flattenBelow = FLATTEN_BELOW): Flattened {
  const out: string[] = [];
  let copied = 0;
  let depth = 0;
  let max = 0;
  let unwrapped = 0;
  /** drop the source text of the tag being reported, leaving `by` */
  const replaceTag = (by: string) => {
    if (parser.startIndex < copied) return;
    out.push(html.slice(copied, parser.startIndex), by);
    copied = parser.endIndex + 1;
  };
  const parser = new Parser({
    onopentag(name) {
      depth += 1;
      if (depth > max && !VOID.has(name)) max = depth;
      if (depth > MAX_NESTING) throw new IngestError(`the HTML is nested too deeply to read (more than ${MAX_NESTING.toLocaleString("en")} levels; real pages nest at most a few thousand)`);
      if (depth > flattenBelow && !KEPT.has(name)) { unwrapped += 1; replaceTag(BLOCK.has(name) ? "<br>" : ""); }
    },
    onclosetag(name, implied) {
      if (depth > flattenBelow && !implied && !KEPT.has(name)) replaceTag(BLOCK.has(name) ? "<br>" : "");
      depth -= 1;
    },
  }, { decodeEntities: true });
  parser.end(html);
  if (!unwrapped) return { html, depth: max, unwrapped };
  out.push(html.slice(copied));
  return { html: out.join(""), depth: max, unwrapped };
}

/** How deeply the page's elements nest, as the DOM will have them. */
export function nestingDepth(html: string): number {
  return flattenDeepNesting(html, Infinity).depth;
}
