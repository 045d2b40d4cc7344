// A language tag for text whose source did not declare one. Scripts that one language all but owns decide
// outright (kana → Japanese, Hangul → Korean, Han → Chinese, Greek, Hebrew, Thai); otherwise franc (trigram
// profiles of the Universal Declaration of Human Rights in 187 languages) picks among the languages listed
// below, which are the ones this project's sources are written in and their close neighbours, so that a
// Kazakh text is not called Ukrainian nor a Uyghur one Persian. "und" (BCP 47: undetermined) when the text is
// too short to tell, rather than a guess.
import { franc } from "franc";

const SCRIPTS: [RegExp, string, number][] = [
  [/[\u3040-\u30ff]/g, "ja", 0.05], // kana: Japanese, even though it also uses Han characters
  [/[\uac00-\ud7af\u1100-\u11ff]/g, "ko", 0.3],
  [/[\u4e00-\u9fff\u3400-\u4dbf]/g, "zh", 0.3],
  [/[\u0370-\u03ff]/g, "el", 0.3],
  [/[\u0590-\u05ff]/g, "he", 0.3],
  [/[\u0e00-\u0e7f]/g, "th", 0.3],
];

/** franc's ISO 639-3 codes → the BCP 47 tags stored with articles. */
const CANDIDATES: Record<string, string> = {
  eng: "en", fra: "fr", deu: "de", spa: "es", ita: "it", por: "pt", nld: "nl", swe: "sv", dan: "da", nob: "nb", fin: "fi",
  pol: "pl", ces: "cs", slk: "sk", slv: "sl", hrv: "hr", ron: "ro", hun: "hu", lit: "lt", lvs: "lv", ekk: "et",
  tur: "tr", azj: "az", uzn: "uz", tuk: "tk", ind: "id", vie: "vi", tgl: "tl", swh: "sw",
  rus: "ru", ukr: "uk", bel: "be", bul: "bg", srp: "sr", mkd: "mk", kaz: "kk", kir: "ky", tat: "tt", bak: "ba", khk: "mn", tgk: "tg",
  uig: "ug", arb: "ar", pes: "fa", prs: "fa", urd: "ur", pbu: "ps", ckb: "ckb",
  hin: "hi", mar: "mr", npi: "ne", ben: "bn", tam: "ta", kat: "ka", hye: "hy", amh: "am",
};
const ONLY = Object.keys(CANDIDATES);
/** Fewer characters than this and trigram statistics are a guess (franc's own default is 10). */
const MIN_LENGTH = 40;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return "und";
  for (const [re, lang, share] of SCRIPTS) {
    if ((sample.match(re)?.length ?? 0) / letters > share) return lang;
  }
  const code = franc(sample, { only: ONLY, minLength: MIN_LENGTH });
  return CANDIDATES[code] ?? "und";
}

const RTL = new Set(["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]);
/** Text direction of a language tag ("ar-EG" → rtl). */
export function directionOf(lang: string | null | undefined): "rtl" | "ltr" {
  return RTL.has((lang ?? "").toLowerCase().split(/[-_]/)[0]) ? "rtl" : "ltr";
}
