// When who speaks and how the passage is framed contradict each other, the label is worth a person's look.
// Framing and speaker are separate questions (a ministry can be quoted inside a critical passage, so a state
// speaker under critical framing is no contradiction); these are the pairings that are hard to square:
// testimony is a first-hand account, official framing is the state's own narrative.
import type { FramingLabel } from "../classify/labels";
import type { SpeakerRole } from "../classify/speakerRoles";

export interface DisagreementRule {
  roles: readonly SpeakerRole[];
  framing: FramingLabel;
  /** shown to the reviewer */
  why: string;
}

export const DISAGREEMENT_RULES: readonly DisagreementRule[] = [
  { roles: ["state_official", "state_media"], framing: "testimony", why: "a state official's or state media's words labelled testimony" },
  { roles: ["witness"], framing: "official", why: "a witness's words labelled official framing" },
  { roles: ["ngo", "un", "foreign_government"], framing: "official", why: "a critic's words (NGO, UN or foreign government) labelled official framing" },
];

/** Why this speaker and this framing disagree, or null when they do not (or the passage names no speaker). */
export function speakerDisagreement(role: SpeakerRole | null, framing: FramingLabel): string | null {
  if (!role) return null;
  return DISAGREEMENT_RULES.find((r) => r.framing === framing && r.roles.includes(role))?.why ?? null;
}

/** Every (role, framing) pair that disagrees: the database filter is built from this list. */
export function disagreeingPairs(): { role: SpeakerRole; framing: FramingLabel }[] {
  return DISAGREEMENT_RULES.flatMap((r) => r.roles.map((role) => ({ role, framing: r.framing })));
}
