// Where a document's first element starts, found by a scan that is linear in the text: white space, comments,
// the XML declaration and processing instructions are stepped over with indexOf. A regular expression such
// as /^(<!--[\s\S]*?-->\s*)*<rss/ does the same job in exponential time on a page that opens with many
// comments and is not a feed (one lazy comment can swallow the next, so n comments split 2^n ways).

/** The offset of the first markup that is not a comment or processing instruction, or -1 if one never ends. */
export function markupStart(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    let end: number;
    if (text.startsWith("<!--", i)) end = text.indexOf("-->", i + 4) + 3;
    else if (text.startsWith("<?", i)) end = text.indexOf(">", i + 2) + 1;
    else return i;
    if (end <= 0) return -1;
    i = end;
  }
}

/** Whether the text at `at` opens one of the named tags (case-insensitive), followed by white space or ">". */
export function opensTag(text: string, at: number, names: readonly string[]): boolean {
  if (at < 0 || text[at] !== "<") return false;
  const head = text.slice(at + 1, at + 40).toLowerCase();
  return names.some((name) => head.startsWith(name) && (head.length === name.length ? false : head[name.length] === ">" || isSpace(head.charCodeAt(name.length))));
}

/** White space as \s has it (including the byte-order mark and no-break spaces). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
