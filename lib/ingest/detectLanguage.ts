// A language tag for text whose source did not declare one. Scripts decide most languages outright; for
// Latin script, the share of each language's commonest function words decides among a few European ones.
// "und" (BCP 47: undetermined) when there is no clear answer, rather than a guess.

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, "ja"], // kana: Japanese, even though it also uses Han characters
  [/[\uac00-\ud7af]/g, "ko"],
  [/[\u4e00-\u9fff\u3400-\u4dbf]/g, "zh"],
  [/[\u0600-\u06ff\u0750-\u077f]/g, "ar"],
  [/[\u0590-\u05ff]/g, "he"],
  [/[\u0400-\u04ff]/g, "ru"],
  [/[\u0370-\u03ff]/g, "el"],
  [/[\u0e00-\u0e7f]/g, "th"],
  [/[\u0900-\u097f]/g, "hi"],
];

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "said", "he", "it", "on"],
  fr: ["le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "dans", "pour", "qui", "pas"],
  de: ["der", "die", "das", "und", "nicht", "ist", "den", "mit", "sich", "ein", "eine", "auf", "dem", "von"],
  es: ["el", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "es", "se", "lo"],
  it: ["il", "di", "che", "e", "della", "per", "una", "non", "sono", "con", "gli", "del", "nel", "è"],
  pt: ["o", "os", "que", "de", "do", "da", "não", "uma", "com", "para", "em", "se", "por", "as"],
  nl: ["de", "het", "een", "en", "van", "niet", "dat", "is", "op", "met", "voor", "zijn", "ook", "werd"],
};

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return "und";
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n / letters > (lang === "ja" ? 0.05 : 0.3)) return refine(lang, sample);
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return "und";
  const scores = Object.entries(FUNCTION_WORDS).map(([lang, list]) => {
    const set = new Set(list);
    return { lang, share: words.filter((w) => set.has(w)).length / words.length };
  }).sort((a, b) => b.share - a.share);
  const [best, second] = scores;
  return best.share >= 0.08 && best.share > second.share * 1.3 ? best.lang : "und";
}

/** Languages sharing a script, told apart by letters only one of them uses. */
function refine(lang: string, text: string): string {
  if (lang === "ar" && /[پچژگ]/.test(text)) return /[ٹڈڑںےۓ]/.test(text) ? "ur" : "fa";
  if (lang === "ar" && /[ٹڈڑںے]/.test(text)) return "ur";
  if (lang === "ru" && /[іїєґ]/i.test(text)) return "uk";
  return lang;
}

const RTL = new Set(["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]);
/** Text direction of a language tag ("ar-EG" → rtl). */
export function directionOf(lang: string | null | undefined): "rtl" | "ltr" {
  return RTL.has((lang ?? "").toLowerCase().split(/[-_]/)[0]) ? "rtl" : "ltr";
}
