// Language detection on a paragraph of each language this project's sources come in, written for this test.
import assert from "node:assert/strict";
import { test } from "node:test";
import { detectLanguage, directionOf } from "./detectLanguage";

const PARAGRAPHS: Record<string, string> = {
  ug: "بۈگۈن ئەتىگەن شەھەرنىڭ شەرقىي قىسمىدىكى بازاردا دېھقانلار يېڭى ئۈزۈم ۋە قوغۇن ساتتى. ئۇلار بۇ يىل سۇ ئاز بولغانلىقى ئۈچۈن ھوسۇلنىڭ كېچىكىپ پىشقانلىقىنى ئېيتتى. بىر ياشانغان ئايال ئۆزىنىڭ باغچىسىدا ئىشلەۋاتقان نەۋرىلىرى ھەققىدە سۆزلەپ بەردى.",
  kk: "Бүгін таңертең қаланың шығысындағы базарда шаруалар жаңа жүзім мен қауын сатты. Олар биыл су аз болғандықтан егіннің кеш піскенін айтты. Бір қарт әйел өз бағында жұмыс істейтін немерелері туралы әңгімелеп берді.",
  tr: "Bu sabah şehrin doğusundaki pazarda çiftçiler yeni üzüm ve kavun sattı. Bu yıl suyun az olması nedeniyle hasadın geç olgunlaştığını söylediler. Yaşlı bir kadın, bahçesinde çalışan torunlarından bahsetti.",
  sv: "I morse sålde bönderna nya druvor och meloner på torget i stadens östra del. De berättade att skörden mognade sent i år eftersom det har varit ont om vatten. En äldre kvinna talade om sina barnbarn som arbetar i hennes trädgård.",
  zh: "今天早上，城市东部的集市上，农民们出售了新鲜的葡萄和甜瓜。他们说，由于今年雨水不足，收成比往年晚了一些。一位老奶奶讲起了在她果园里帮忙的孙子孙女。",
  en: "This morning farmers at the market on the east side of town sold fresh grapes and melons. They said the harvest ripened late this year because water had been scarce. An elderly woman talked about her grandchildren, who help in her orchard.",
  ar: "باع المزارعون صباح اليوم عنبا وبطيخا طازجا في السوق الواقع شرق المدينة. وقالوا إن المحصول نضج متأخرا هذا العام بسبب قلة المياه. وتحدثت امرأة مسنة عن أحفادها الذين يساعدونها في بستانها.",
  fa: "امروز صبح کشاورزان در بازار بخش شرقی شهر انگور و خربزه تازه فروختند. آنها گفتند که امسال به دلیل کمبود آب، محصول دیرتر از همیشه رسید. یک زن سالخورده از نوه‌هایش گفت که در باغ به او کمک می‌کنند.",
  ru: "Сегодня утром на рынке в восточной части города крестьяне продавали свежий виноград и дыни. Они рассказали, что в этом году урожай созрел поздно, потому что воды было мало. Пожилая женщина говорила о внуках, которые помогают ей в саду.",
  uk: "Сьогодні вранці на ринку у східній частині міста селяни продавали свіжий виноград і дині. Вони розповіли, що цього року врожай достиг пізно, бо води було мало. Літня жінка розповідала про онуків, які допомагають їй у саду.",
  fr: "Ce matin, au marché de l'est de la ville, les paysans ont vendu du raisin et des melons frais. Ils ont expliqué que la récolte avait mûri tard cette année parce que l'eau avait manqué. Une femme âgée a parlé de ses petits-enfants qui l'aident dans son verger.",
  de: "Heute Morgen verkauften Bauern auf dem Markt im Osten der Stadt frische Trauben und Melonen. Sie erzählten, dass die Ernte in diesem Jahr spät reif geworden sei, weil das Wasser knapp war. Eine ältere Frau sprach über ihre Enkel, die ihr im Obstgarten helfen.",
  es: "Esta mañana, en el mercado del este de la ciudad, los campesinos vendieron uvas y melones frescos. Dijeron que la cosecha maduró tarde este año porque faltó agua. Una mujer mayor habló de sus nietos, que la ayudan en su huerto.",
};

for (const [lang, text] of Object.entries(PARAGRAPHS)) {
  test(`a paragraph in ${lang} is detected as ${lang}`, () => {
    assert.equal(detectLanguage(text), lang);
  });
}

test("Uyghur and Kazakh are told from their script neighbours, and Uyghur reads right to left", () => {
  assert.notEqual(detectLanguage(PARAGRAPHS.ug), "fa");
  assert.notEqual(detectLanguage(PARAGRAPHS.kk), "uk");
  assert.equal(directionOf(detectLanguage(PARAGRAPHS.ug)), "rtl");
  assert.equal(directionOf(detectLanguage(PARAGRAPHS.kk)), "ltr");
});

test("too little text to tell is undetermined, not a guess", () => {
  for (const t of ["Hello there", "Lorem ipsum dolor sit amet", "12345 !!", "", "Бүгін таңертең"]) assert.equal(detectLanguage(t), "und", t);
});
