// When a predicted speaker's name counts as the expected one. Names are compared as a reader would: the same
// speaker may be written "the spokesperson", "a foreign ministry spokesperson" or "Zakir", "Shohrat Zakir".
//
// Both names are normalised: lower case; curly quotes and apostrophes made straight; a possessive "'s" kept;
// other punctuation except hyphens dropped; when it was said ("on Monday", "last week") dropped; a leading article (the, a, an), a leading quantifier ("most of
// the", "several of", "dozens of", "more than") and courtesy titles (Mr, Mrs, Ms, Miss, Dr, Prof) removed;
// anything from a relative pronoun (who, whom, whose, which, that) or a comma on removed. Then they match when
//   1. they are equal, or
//   2. one is the other's last words ("spokesperson" / "foreign ministry spokesperson", "countries" / "70 countries"), or
//   3. one is a single word of a proper name that is all of a word of the other ("Wang" / "Wang Dequan"), or
//   4. one is the other followed by a prepositional phrase of at most six words that does not end in a
//      preposition or article ("academics" / "academics at three universities").
// A null name (an unnamed first-person narrator) matches only null.

const QUANTIFIER = /^(?:(?:most|many|some|several|all|both|few|none|each|one|two|three|four|five) of (?:the |these |those |its |their )?|(?:dozens|hundreds|thousands|scores|a (?:group|number|handful|coalition)) of |(?:more|fewer) than |(?:about|around|nearly|almost|at least|over|some) (?=\d))/;
const PREPOSITION = /^(?:of|for|at|in|from|with|on|to|by|near|outside|inside)$/;
// a name does not end in a preposition or an article: "officials for a second day about" is no name
const DANGLING = /^(?:of|for|at|in|from|with|on|to|by|about|the|a|an|and|or)$/;
const COURTESY = /^(?:mr|mrs|ms|miss|dr|prof)\.? /;

export function normaliseSpeakerName(name: string): string {
  let s = name.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”"]/g, "").replace(/\s+/g, " ").trim();
  s = s.replace(/(?:,| (?:who|whom|whose|which|that)\b).*$/, "");
  s = s.replace(/ (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last|this) (?:week|month|year))\b/g, "");
  s = s.replace(/[^\p{L}\p{N}' -]/gu, "").trim();
  for (let changed = true; changed;) {
    const before = s;
    s = s.replace(/^(?:the|a|an) /, "").replace(QUANTIFIER, "").replace(COURTESY, "").trim();
    changed = s !== before;
  }
  return s;
}

export function sameSpeakerName(predicted: string | null, expected: string | null, expectedIsProper = isProperName(expected)): boolean {
  if (predicted === null || expected === null) return predicted === expected;
  const p = normaliseSpeakerName(predicted).split(" ").filter(Boolean);
  const e = normaliseSpeakerName(expected).split(" ").filter(Boolean);
  if (!p.length || !e.length) return false;
  if (p.join(" ") === e.join(" ")) return true;
  const [shorter, longer] = p.length < e.length ? [p, e] : [e, p];
  if (longer.slice(-shorter.length).join(" ") === shorter.join(" ")) return true;
  const modifier = longer.slice(shorter.length);
  if (longer.slice(0, shorter.length).join(" ") === shorter.join(" ") && PREPOSITION.test(modifier[0]) && modifier.length <= 6 && !DANGLING.test(modifier.at(-1) ?? "")) return true;
  const properOneWord = shorter.length === 1 && (shorter === p ? isProperName(predicted) : expectedIsProper);
  return properOneWord && longer.includes(shorter[0]);
}

/** A name written with a capital, not a determiner: "Wang", "Shohrat Zakir" (not "the ministry"). */
function isProperName(name: string | null): boolean {
  return name !== null && /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?\p{Lu}/u.test(name.trim()) && !/^(?:The|A|An|This|These|Those|One|Some|Most|Many|Several|Others)\b/.test(name.trim());
}
