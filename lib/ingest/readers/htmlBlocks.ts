// Article HTML → candidate paragraphs: every block element (p, li, blockquote, h2, …) becomes one unit, so
// the page's own paragraph structure survives. What the markup itself marks as not-article (navigation,
// asides, forms, captions, share and comment widgets) becomes a unit with its reason already set, so it
// shows up in the dry run's "dropped" list like everything the text rules drop.
import { REASONS } from "../cleanUnits";
import type { Unit } from "../splitIntoUnits";

const SILENT = new Set(["script", "style", "noscript", "template", "svg", "canvas", "video", "audio", "object", "embed", "iframe", "img", "picture", "source", "math", "head", "link", "meta"]);
const BLOCK = new Set(["p", "div", "section", "article", "main", "header", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "address", "hr", "details", "summary", "center", "body", "html"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "hgroup"]);

export const HTML_REASONS = {
  navigation: "site furniture (navigation, aside or footer)",
  form: "site furniture (form or button)",
  widget: "site furniture (share, comment, related-links or advertising block)",
  link: "site furniture (a link on its own: a related headline or menu entry)",
} as const;

// Class/id/role words that name page furniture rather than article text.
const FURNITURE_NAME = /(^|[\s_-])(share|sharing|social|comments?|disqus|related|recommended|newsletter|promo|advert|advertisement|ads?|sponsor(ed)?|subscribe|signup|paywall|outbrain|taboola|breadcrumbs?|toolbar|popup|modal|cookie|banner|navigation|nav|menu)($|[\s_-])/i;
const CAPTION_NAME = /(^|[\s_-])(caption|credit|photo-?credit|image-?credit)($|[\s_-])/i;

interface Walk { units: Unit[]; buffer: { text: string; linked: boolean }[]; inLink: number; totalText: number }

export function htmlToUnits(root: Element): Unit[] {
  const walk: Walk = { units: [], buffer: [], inLink: 0, totalText: (root.textContent ?? "").length };
  visit(root, walk);
  flush(walk);
  return walk.units;
}

function visit(node: Node, walk: Walk): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) { walk.buffer.push({ text: child.textContent ?? "", linked: walk.inLink > 0 }); continue; }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toLowerCase();
    if (SILENT.has(tag) || el.getAttribute("hidden") !== null || el.getAttribute("aria-hidden") === "true") continue;
    const reason = furnitureReason(el, tag, walk.totalText);
    if (reason) {
      flush(walk);
      const text = squash(el.textContent ?? "");
      if (text) walk.units.push({ text, block: walk.units.length, reason });
    } else if (HEADINGS.has(tag)) {
      flush(walk);
      const text = squash(el.textContent ?? "");
      if (text) walk.units.push({ text, block: walk.units.length, heading: true });
    } else if (tag === "br") {
      flush(walk);
    } else if (BLOCK.has(tag)) {
      flush(walk);
      visit(el, walk);
      flush(walk);
    } else {
      // inline: its text joins the paragraph being collected
      if (tag === "a") walk.inLink += 1;
      visit(el, walk);
      if (tag === "a") walk.inLink -= 1;
    }
  }
}

function furnitureReason(el: Element, tag: string, totalText: number): string | null {
  if (tag === "figcaption") return REASONS.caption;
  if (tag === "nav" || tag === "aside" || tag === "footer" || el.getAttribute("role") === "navigation") return HTML_REASONS.navigation;
  if (tag === "form" || tag === "button" || tag === "input" || tag === "select" || tag === "textarea") return HTML_REASONS.form;
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (!names.trim()) return null;
  // A wrapper of the whole article may carry such a word ("article has-comments"): only smaller parts count.
  const small = (el.textContent ?? "").length < totalText * 0.3;
  if (small && CAPTION_NAME.test(names)) return REASONS.caption;
  if (small && FURNITURE_NAME.test(names)) return HTML_REASONS.widget;
  return null;
}

/** Ends the paragraph being collected. One that is nothing but a link is a related headline or a menu entry. */
function flush(walk: Walk): void {
  const text = squash(walk.buffer.map((b) => b.text).join(""));
  const linked = squash(walk.buffer.filter((b) => b.linked).map((b) => b.text).join("")).length;
  walk.buffer = [];
  if (!text) return;
  const onlyALink = linked >= text.length * 0.9 && !/[.!?。！？]["”’»」]?$/u.test(text);
  walk.units.push(onlyALink ? { text, block: walk.units.length, reason: HTML_REASONS.link } : { text, block: walk.units.length });
}

function squash(text: string): string {
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each zero-width character is removed on its own, joiner included
  return text.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "").replace(/\s+/g, " ").trim().normalize("NFC");
}
