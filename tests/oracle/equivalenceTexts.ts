// Texts the optimised per-passage code must treat exactly as the reference does: every training passage,
// a few thousand synthetic ones, and hand-written edge cases for the shortcuts it takes (ASCII-only text,
// scripts without spaces, compatibility characters that NFC rewrites, astral characters, curly apostrophes).
import { loadTrainingData } from "../../lib/classify/trainingData";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";

export const EDGE_CASES = [
  "",
  "China’s ‘Re-education’ CAMPS, I said.",
  "Urumqi (乌鲁木齐) and Ürümqi; 新疆维吾尔自治区的再教育营, said a resident.",
  "The compatibility ideograph \uF900 and the decomposed cafe\u0301 meet café, Ｆｕｌｌｗｉｄｔｈ letters too.",
  "ภาษาไทยไม่มีช่องว่าง, according to a researcher in Bangkok.",
  "Emoji 😀 in a clause 😀😀, Aynur Tohti, a former detainee 🙂, said the guards’ beatings were routine.",
  "“We firmly oppose any interference in our internal affairs,” said Rustam Aliev, a spokesman for the regional government.",
  "Shohrat Zakir, Chairman of the regional government, said the centres were schools. Zakir said trainees were happy.",
  "A lawyer for the family, Dilnoza Karimova, told reporters: “I was not allowed to see him.” He added that 2019 was worse.",
  "Re-educated, re-education and re-educating; the 1,000 camps' 30 sites; don't, can't, won’t, it's the state’s.",
  "I remember how they took me. My brother was held, they beat us, and we were forced to sing.",
  "Officials said - without evidence - that the reports were lies / fabrications | smears … according to Xinhua.",
  "x, Ab, Cd, Ef Gh, said the 𝐁𝐨𝐥𝐝 Names, Ｚａｋｉｒ, an official, 𐐀𐐁 said.",
];

export function trainingTexts(): string[] {
  return loadTrainingData("data/training").map((e) => e.text);
}

/** Synthetic articles as their passages (title dropped), as ingestion splits them. */
export function syntheticArticles(passages: number): string[][] {
  return [...generateCorpus({ passages, seed: 7 })].map((a) => a.text.split("\n\n").slice(1));
}
