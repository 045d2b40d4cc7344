import assert from "node:assert/strict";
import { test } from "node:test";
import { extractAttributions, findSpeaker, rememberSpeakers, type SpeakerRegistry } from "./speaker";
import { roleOf } from "./speakerRoles";

test("a first-person official statement is attributed to the state official who made it", () => {
  const s = findSpeaker("“We firmly oppose any interference in our internal affairs,” the foreign ministry spokesperson told reporters.");
  assert.deepEqual(s, { name: "the foreign ministry spokesperson", role: "state_official" });
});

test("an official paraphrase inside a critical paragraph is found beside the critic", () => {
  const text = "Human Rights Watch documented beatings in three facilities. The ministry said the reports were fabricated and the centres were schools.";
  const found = extractAttributions(text).map((a) => [a.name, a.role]);
  assert.deepEqual(found, [["Human Rights Watch", "ngo"], ["The ministry", "state_official"]]);
});

test("a witness quoted in the third person is a witness", () => {
  assert.equal(findSpeaker("She said guards beat her every night, recalled Gulnar Ismail, a former detainee from Ghulja.")?.role, "witness");
  assert.equal(findSpeaker("A retired teacher from the county told the newspaper that her son was taken at night.")?.role, "witness");
  assert.equal(findSpeaker("“They took my passport and I never saw it again,” said Erlan Bekov.")?.name, "Erlan Bekov");
});

test("roles: state media, UN, foreign government, journalist, NGO", () => {
  assert.equal(findSpeaker("The camps had closed, according to the state news agency Xinhua.")?.role, "state_media");
  assert.equal(findSpeaker("The UN special rapporteur said the law was used to hold people without charge.")?.role, "un");
  assert.equal(findSpeaker("A Western diplomat told the agency that the letter was a first collective response.")?.role, "foreign_government");
  assert.equal(findSpeaker("Reporters who visited the site said the gates were guarded.")?.role, "journalist");
  assert.equal(findSpeaker("Amnesty International said the detentions were arbitrary.")?.role, "ngo");
  // the role named first wins: diplomats speaking at a UN body are still diplomats
  assert.equal(roleOf("Chinese diplomats at the UN Human Rights Council"), "state_official");
});

test("a name introduced with a role keeps it later in the article, and 'he said' continues the last speaker", () => {
  const registry: SpeakerRegistry = new Map();
  const first = "Arman Sadykov, a spokesman for the regional government, said the facilities were open to visitors.";
  rememberSpeakers(first, registry);
  const previous = findSpeaker(first, registry);
  assert.equal(previous?.role, "state_official");
  assert.deepEqual(findSpeaker("Sadykov told reporters the trainees were free to leave.", registry), { name: "Sadykov", role: "state_official" });
  assert.deepEqual(findSpeaker("He added that the region was stable.", registry, previous), previous);
});

test("no attribution, no speaker; unquoted first person is a narrator", () => {
  assert.equal(findSpeaker("Satellite images show the compound doubled in size in a year."), null);
  assert.deepEqual(findSpeaker("I was taken from my home at night and kept in a room with forty women."), { name: null, role: "witness" });
  // plural nouns that double as verbs are not attributions
  assert.equal(findSpeaker("Worrying reports of the camps reached the council."), null);
});

test("a country speaks through its government: the subject's state is official, another a foreign government", () => {
  assert.deepEqual(findSpeaker("China has rejected the accusations, with its foreign ministry saying the centres were schools."), { name: "China", role: "state_official" });
  assert.deepEqual(findSpeaker("The United States said the policies amounted to genocide."), { name: "The United States", role: "foreign_government" });
  assert.equal(findSpeaker("Kazakhstan said it would not intervene.")?.role, "foreign_government");
  // a country name that is also a given name stays a person; "us" stays a pronoun
  assert.equal(findSpeaker("Jordan said the guards took his phone.")?.role, "witness");
  assert.equal(findSpeaker("“Let us go,” they told us.")?.role ?? null, null);
});

test("a quotation closed with single marks ends its sentence: the next sentence's subject is not taken across it", () => {
  const found = extractAttributions("Officials described the facilities as ‘vocational training centres.’ Amnesty International said they were prisons.");
  assert.deepEqual(found.map((a) => [a.name, a.role]), [["Officials", "state_official"], ["Amnesty International", "ngo"]]);
  assert.deepEqual(extractAttributions("The spokesman dismissed the claims as 'lies.' Rights groups said the camps were real.").map((a) => a.name), ["The spokesman", "Rights groups"]);
});
