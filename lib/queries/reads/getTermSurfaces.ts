import { getPrisma } from "../../db";

/**
 * Every surface form of a term key for highlighting ("camp" → camps, camp), longest first. A phrase's forms
 * are its words' forms combined ("re-educ camp" → re-education camps, re-education camp); a word of a
 * phrase that is not a content word stands as it is.
 */
export async function getTermSurfaces(stem: string): Promise<string[]> {
  const parts = stem.split(" ");
  const rows = await getPrisma().$queryRaw<{ stem: string; surface: string }[]>`
    SELECT stem, surface FROM term_surface WHERE stem = ANY(${parts}::text[])`;
  const formsOf = (part: string) => {
    const forms = rows.filter((r) => r.stem === part).map((r) => r.surface);
    return forms.length ? forms : [part];
  };
  let combined = [""];
  for (const part of parts) {
    combined = combined.flatMap((prefix) => formsOf(part).map((f) => (prefix ? `${prefix} ${f}` : f))).slice(0, MAX_FORMS);
  }
  return combined.sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const MAX_FORMS = 64;
