import assert from "node:assert/strict";
import { test } from "node:test";
import { assertLinear } from "../../tests/devtools/growth";
import { cleanTitle, type TitleNames } from "./cleanTitle";

const clean = (title: string, names: TitleNames = {}) => cleanTitle(title, names).title;

test("a trailing site name goes, whichever name the site is known by", () => {
  assert.equal(clean("Harbour strike enters third day | The Port Times", { siteName: "The Port Times" }), "Harbour strike enters third day");
  // "The" or not, and the site name as the page states it or the outlet the user gave
  assert.equal(clean("Harbour strike enters third day - The Port Times", { siteName: "Port Times" }), "Harbour strike enters third day");
  assert.equal(clean("Harbour strike enters third day – Port Times", { outlet: "the Port Times" }), "Harbour strike enters third day");
  // the site name as a run of the page's longer one ("BBC" of "BBC News")
  assert.equal(clean("Harbour strike enters third day — BBC", { siteName: "BBC News" }), "Harbour strike enters third day");
  // unspaced pipes, "::", middle dots and full-width pipes
  assert.equal(clean("Harbour strike enters third day|Port Times", { siteName: "Port Times" }), "Harbour strike enters third day");
  assert.equal(clean("Harbour strike enters third day :: Port Times", { siteName: "Port Times" }), "Harbour strike enters third day");
  assert.equal(clean("Harbour strike enters third day · Port Times", { siteName: "Port Times" }), "Harbour strike enters third day");
  assert.equal(clean("港口罢工进入第三天｜港口时报", { siteName: "港口时报" }), "港口罢工进入第三天");
});

test("the address names the site when the page does not", () => {
  const nyt = { url: "https://www.nytimes.com/2017/01/13/world/africa/sudan.html" };
  // the domain spelled out in full words, the host itself, and at the front
  assert.equal(clean("United States to Lift Sudan Sanctions - The New York Times", nyt), "United States to Lift Sudan Sanctions");
  assert.equal(clean("United States to Lift Sudan Sanctions - NYTimes.com", nyt), "United States to Lift Sudan Sanctions");
  assert.equal(clean("NYTimes - The Best Gadgets on Earth", nyt), "The Best Gadgets on Earth");
  assert.equal(cleanTitle("Attack stokes instability fears - The Washington Post", { url: "https://www.washingtonpost.com/world/x" }).siteName, "The Washington Post");
  assert.equal(clean("Harbour strike enters third day | Port Times", { url: "https://news.porttimes.co.uk/a/1" }), "Harbour strike enters third day");
});

test("an author's name appended to the title goes, and is not taken for the site", () => {
  const guardian = "'What is the sea telling us?': Māori tribes fearful over whale strandings | Eleanor Ainge Roy";
  const cleaned = cleanTitle(guardian, { siteName: "the Guardian", byline: "Eleanor Ainge Roy" });
  assert.equal(cleaned.title, "'What is the sea telling us?': Māori tribes fearful over whale strandings");
  assert.deepEqual(cleaned.removed, [{ text: "Eleanor Ainge Roy", kind: "author" }]);
  assert.equal(cleaned.siteName, null);
  assert.equal(clean("Harbour strike enters third day | Jo Bloggs", { byline: "By Jo Bloggs" }), "Harbour strike enters third day");
  // the byline's name and the site together
  assert.equal(clean("Harbour strike enters third day | Jo Bloggs | Port Times", { siteName: "Port Times", byline: "Jo Bloggs in Dover" }), "Harbour strike enters third day");
});

test("Chinese portals' _section_site tail goes, the site by the 网 its name ends in", () => {
  const qq = cleanTitle("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网", {});
  assert.equal(qq.title, "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶");
  assert.deepEqual(qq.removed, [{ text: "腾讯网", kind: "site" }, { text: "科技", kind: "section" }]);
  assert.equal(qq.siteName, "腾讯网");
  assert.equal(clean("新疆职业技能教育培训中心的真相_国际新闻_新浪新闻", { siteName: "新浪新闻" }), "新疆职业技能教育培训中心的真相");
  // an underscore in a Latin title is no separator unless what follows it names the site
  assert.equal(clean("report_final_version of the harbour strike"), "report_final_version of the harbour strike");
});

test("a segment that is part of the headline stays", () => {
  const guardian = { siteName: "The Guardian", url: "https://www.theguardian.com/world/x" };
  // the site's name inside a longer segment, at either end
  assert.equal(clean("Guardian angels - the volunteers who patrol the subway at night", guardian), "Guardian angels - the volunteers who patrol the subway at night");
  assert.equal(clean("Inside the New York Times - a newsroom in crisis", { url: "https://www.nytimes.com/x" }), "Inside the New York Times - a newsroom in crisis");
  // a colon is part of the headline; hyphens inside words are no separators
  assert.equal(clean("Amnesty: China must release the detainees", { siteName: "Amnesty" }), "Amnesty: China must release the detainees");
  assert.equal(clean("'Neutral' Snopes Fact-Checker David Emery - Breitbart", { siteName: "Breitbart" }), "'Neutral' Snopes Fact-Checker David Emery");
  // ends that name nothing known
  assert.equal(clean("Xinjiang - the camps explained", guardian), "Xinjiang - the camps explained");
  assert.equal(clean("Harbour strike | Day three", {}), "Harbour strike | Day three");
});

test("nothing is taken when what would remain is too short to be a headline", () => {
  assert.equal(clean("Brexit | The Guardian", { siteName: "The Guardian" }), "Brexit | The Guardian");
  assert.equal(clean("Live | BBC News", { siteName: "BBC News" }), "Live | BBC News");
  assert.equal(clean("中国回应_腾讯网"), "中国回应_腾讯网");
  assert.equal(clean("Port Times", { siteName: "Port Times" }), "Port Times");
  assert.equal(clean("Obama resigns - BBC News", { siteName: "BBC News" }), "Obama resigns");
});

test("whitespace is tidied and a title without separators is returned as it came", () => {
  assert.equal(clean("  Harbour strike\n enters   third day  "), "Harbour strike enters third day");
  assert.deepEqual(cleanTitle("Harbour strike enters third day", { siteName: "Port Times" }).removed, []);
});

test("splitting a title stays linear on long runs of separators and spaces", () => {
  assertLinear("separators", (n) => `${"a | ".repeat(n)}Port Times`, (t: string) => cleanTitle(t, { siteName: "Port Times" }), 200);
  assertLinear("names", (n) => `${"Port Times | ".repeat(n)}Harbour strike enters third day`, (t: string) => cleanTitle(t, { siteName: "Port Times" }), 200);
  assertLinear("spaces", (n) => `Harbour${" ".repeat(n)}-${" ".repeat(n)}x`, (t: string) => cleanTitle(t, { siteName: "x" }), 200);
});
