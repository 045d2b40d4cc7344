// What an article is made of, for the top of its page: passages per framing (in the one framing order, every
// framing listed, zero included) and who it quotes, most-quoted first, each with the first passage to jump to.
import { FRAMINGS, type FramingLabel } from "../classify/labels";
import type { SpeakerRole } from "../classify/speakerRoles";
import type { ArticleSpeaker, ArticleSummary } from "./article.types";

export interface SummarisedPassage { position: number; framing: FramingLabel; speakerName: string | null; speakerRole: SpeakerRole | null }

export function summariseArticle(passages: SummarisedPassage[]): ArticleSummary {
  const inOrder = [...passages].sort((a, b) => a.position - b.position);
  const mix = FRAMINGS.map((framing) => {
    const of = inOrder.filter((p) => p.framing === framing);
    return { framing, passages: of.length, share: inOrder.length ? of.length / inOrder.length : 0, firstPosition: of[0]?.position ?? null };
  });
  const speakers = new Map<string, ArticleSpeaker>();
  for (const p of inOrder) {
    if (!p.speakerName && !p.speakerRole) continue; // narration: the article's own voice
    const key = `${p.speakerName?.toLowerCase() ?? ""}\u0000${p.speakerRole ?? ""}`;
    const seen = speakers.get(key);
    if (seen) seen.passages += 1;
    else speakers.set(key, { name: p.speakerName, role: p.speakerRole, passages: 1, firstPosition: p.position });
  }
  // most-quoted first; among equals, who speaks first
  const ranked = [...speakers.values()].sort((a, b) => b.passages - a.passages || a.firstPosition - b.firstPosition);
  return { passages: inOrder.length, mix, speakers: ranked };
}
