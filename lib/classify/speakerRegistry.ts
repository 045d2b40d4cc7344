// What an article has said about its speakers so far: "Shohrat Zakir, Chairman of …", "the regional spokesman
// Xu Hao", "a United Nations committee", and every speaker found, so that "Zakir said", "the committee said"
// and "its coordinator" later keep their role.
import type { Speaker, SpeakerRegistry } from "./speaker";
import { ORGANISATION_NAME, roleOfDescription, roleOfOrganisation } from "./speakerDescription";
import { headOf, isOrganisationName, isPersonName } from "./speakerPhrase";
import { titlesThenNames } from "./titleThenName";

const versions = new WeakMap<SpeakerRegistry, number>();

/** How many times a registry has been written: an answer read with an older registry is not reused. */
export const registryVersion = (registry: SpeakerRegistry): number => versions.get(registry) ?? 0;

/** Writes a registry entry, counting the write. */
export function setEntry(registry: SpeakerRegistry, key: string, speaker: Speaker): void {
  registry.set(key, speaker);
  versions.set(registry, registryVersion(registry) + 1);
}

const TITLE_THEN_NAME = /\b(spokes(?:man|woman|person)|minister|ambassador|chairman|chairwoman|director|governor|secretary|researcher|professor|lawyer|Senator|Ambassador|Minister|Governor|Mayor|Professor|Judge|Commissioner|Congressman|Congresswoman) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})/gu;
const BODY = /\b(?:committee|council|panel|office|mission|delegation|agency|network|embassy|ministry|project|institute|foundation|tribunal|lab|group)\b/gi;

/** Up to `n` words (each followed by one space) that end right at `at`: looked for in a short window, not the text. */
export function wordsBefore(text: string, at: number, n: number): string {
  const window = text.slice(Math.max(0, at - 24 * n), at);
  return new RegExp(`(?:^|[^\\p{L}’'.-])((?:[\\p{L}’'.-]+ ){0,${n}})$`, "u").exec(window)?.[1] ?? "";
}

/** Remembers "Name, title …,", "title …, Name," and "the regional spokesman Xu Hao" introductions. */
export function rememberSpeakers(text: string, registry: SpeakerRegistry): void {
  const introductions = [
    ...[...text.matchAll(/(?:^|[.;:]\s+|[”"]\s+|\b[a-z]+\s+)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}),\s+([^,]{3,90}?)(?=,)/gu)].map((m) => ({ name: m[1], title: m[2] })),
    ...titlesThenNames(text),
    // "the regional spokesman Xu Hao", "Senator Joan Whitfield"
    ...[...text.matchAll(TITLE_THEN_NAME)].map((m) => ({ name: m[2], title: `${wordsBefore(text, m.index ?? 0, 3)}${m[1]}` })),
  ];
  // "a United Nations committee", "the UN human rights office": bodies the narration names, for "the committee said"
  for (const m of text.matchAll(BODY)) {
    const before = wordsBefore(text, m.index ?? 0, 4);
    if (!before) continue;
    const phrase = before + m[0];
    const body = ORGANISATION_NAME.exec(phrase);
    const role = body ? roleOfOrganisation(body[0]) : roleOfDescription(phrase);
    if (role && !registry.has(m[0].toLowerCase())) setEntry(registry, m[0].toLowerCase(), { name: phrase, role });
  }
  for (const { name, title } of introductions) {
    const role = roleOfDescription(title);
    if (role === undefined) continue;
    if (isPersonName(name)) for (const key of [name, ...name.split(" ")]) if (!registry.has(key) && key.length > 1) setEntry(registry, key, { name, role });
    if (isOrganisationName(name)) {
      remember({ name, role }, registry, headOf(title.replace(/\s+(?:that|which|who)\s.*$/, "")));
      remember({ name, role }, registry, headOf(name));
    }
  }
}

/** Keeps a speaker found in the article, so that "Zakir said" and "the group said" later keep the role. */
export function remember(speaker: Speaker, registry: SpeakerRegistry, head = speaker.name ? headOf(speaker.name) : ""): void {
  if (!speaker.name || !speaker.role) return;
  if (isPersonName(speaker.name)) {
    for (const key of [speaker.name, ...speaker.name.split(" ")]) if (!registry.has(key) && key.length > 1) setEntry(registry, key, speaker);
  } else if (head.length > 2 && !registry.has(head)) setEntry(registry, head, speaker);
  // "the organisation", "the group", "its coordinator": the last body named
  if (isOrganisationName(speaker.name)) for (const generic of ["organisation", "organization", "group"]) setEntry(registry, generic, speaker);
}

