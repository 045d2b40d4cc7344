// Countries as speakers ("China has rejected the accusations", "Kazakhstan said it would not intervene"): a
// country speaks through its government. Names and their common forms come from ISO 3166 as i18n-iso-countries
// keeps them ("United States", "US", "U.S.", "Türkiye", "Turkey"), matched with their capitals as written, so "us"
// stays a pronoun.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import type { SpeakerRole } from "./speakerRoles";

countries.registerLocale(en);

// country names that are also common given names: "Jordan said" is more often a person
const ALSO_A_GIVEN_NAME = new Set(["Jordan", "Chad", "Georgia"]);

const CODE_OF = new Map<string, string>();
for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
  for (const name of names) if (!name.includes(",") && !ALSO_A_GIVEN_NAME.has(name)) CODE_OF.set(name, code);
}

/** The subject's state (the corpus's first subject, Xinjiang): its government's words are its own narrative. */
const SUBJECT_STATE = "CN";

/** The ISO code of the country a phrase names ("the United States", "China"), or null. */
export function countryCode(phrase: string): string | null {
  return CODE_OF.get(phrase.replace(/^the\s+/i, "")) ?? null;
}

/** A country speaking: the subject's state is an official, any other a foreign government; null if none. */
export function roleOfCountry(phrase: string): SpeakerRole | null {
  const code = countryCode(phrase);
  return code === null ? null : code === SUBJECT_STATE ? "state_official" : "foreign_government";
}
