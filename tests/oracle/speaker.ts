// The attribution rules have no slower original to be checked against: only the search for "title, Name"
// introductions was optimised, and titleThenName.test.ts checks it against the regular expression it
// replaced. The reference pipeline therefore uses the rules themselves.
export { extractAttributions, findSpeaker, rememberSpeakers, type Attribution, type Speaker, type SpeakerRegistry } from "../../lib/classify/speaker";
