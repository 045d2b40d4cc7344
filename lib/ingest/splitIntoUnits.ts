// Plain text → candidate paragraphs ("units"). Pages copied from the web put one paragraph per line and
// sometimes glue a caption, a byline and a paragraph together with single newlines, so every line is a
// unit of its own — except hard-wrapped prose, whose continuation lines are joined back.

export interface Unit {
  text: string;
  /** index of the blank-line-separated block the unit came from: captions sit in one block with their alt text */
  block: number;
  /** set by a reader that knows from the markup what the unit is (an <h2>, a <figcaption>, a share bar) */
  heading?: boolean;
  reason?: string;
}

const ENDS_SENTENCE = /[.!?:;…"”’)\]]$/u;
const STARTS_LOWER = /^[\p{Ll}(]/u;

export function splitIntoUnits(raw: string): Unit[] {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
  const units: Unit[] = [];
  text.split(/\n[ \t\u00a0]*\n/).forEach((blockText, block) => {
    const lines = blockText.split("\n").map(cleanLine).filter(Boolean);
    for (const line of lines) {
      const previous = units.at(-1);
      const continues = previous && previous.block === block && !ENDS_SENTENCE.test(previous.text) && STARTS_LOWER.test(line);
      if (continues) previous.text = `${previous.text} ${line}`;
      else units.push({ text: line, block });
    }
  });
  return units;
}

function cleanLine(line: string): string {
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each zero-width character is removed on its own, joiner included
  return line.replace(/[\u200b\u200c\u200d\u2060]/g, "").replace(/[ \t\u00a0]+/g, " ").trim();
}
