// The speaker and feature rules on generated worst cases: long runs of quotes, spaces, commas and capitalised
// words. 16 times the input must take about 16 times as long (within a factor of 4), never 256 times or more.
import { test } from "node:test";
import { assertLinear } from "../../tests/devtools/growth";
import { voiceFeatures } from "./features";
import { quotedSpans } from "./quotedSpans";
import { extractAttributions, findSpeaker, rememberSpeakers } from "./speaker";
import { titlesThenNames } from "./titleThenName";

test("quotes: many opening marks and no closing one", () => {
  assertLinear("voiceFeatures «", (n) => "«".repeat(n), (t: string) => voiceFeatures(t), 200);
  assertLinear("findSpeaker “", (n) => `I was there ${"“".repeat(n)}`, (t: string) => findSpeaker(t), 200);
  assertLinear("quotedSpans", (n) => `${"“a".repeat(n)}”`, (t: string) => quotedSpans(t, "“\"", "”\"", 3), 200);
});

test("speaker rules: runs of spaces after a quote or a comma", () => {
  assertLinear("inverted attribution", (n) => `"${"\t ".repeat(n)}Y`, (t: string) => extractAttributions(t), 200);
  assertLinear("introductions", (n) => `A',\t${"\t ".repeat(n)}`, (t: string) => rememberSpeakers(t, new Map()), 200);
  assertLinear("according to", (n) => `according to ${" in".repeat(n)}`, (t: string) => extractAttributions(t), 200);
});

test("speaker rules: long runs of capitalised words, commas and reporting verbs", () => {
  assertLinear("capitals before said", (n) => `${"Abdul Karim ".repeat(n)}said`, (t: string) => extractAttributions(t), 100);
  assertLinear("capitals and commas", (n) => `${"Ahmet Jan, Chairman Of The Board, ".repeat(n)}x`, (t: string) => rememberSpeakers(t, new Map()), 50);
  assertLinear("titles then names", (n) => `${"Foreign Ministry Spokesman ".repeat(n)}x`, titlesThenNames, 100);
  assertLinear("many verbs", (n) => "Officials said, ".repeat(n), (t: string) => findSpeaker(t), 100);
  assertLinear("features on capitals", (n) => "The Ministry Of Foreign Affairs Denied ".repeat(n), (t: string) => voiceFeatures(t), 100);
});
