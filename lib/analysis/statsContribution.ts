// What a newly stored article adds to the precomputed statistics, computed from the values being written
// instead of by joining back to the stored passage terms: at scale that join is most of an ingest's cost, and its plan
// degrades whenever the table's planner statistics lag a bulk load.
import type { FramingLabel } from "../classify/labels";
import type { TermCount } from "./terms";
import { articleCounts } from "./sideArticles";
import { FRAMINGS } from "../classify/labels";

export interface ContributingPassage { framing: FramingLabel; terms: TermCount[] }

/**
 * articles: this article (1); articlesOnly and articlesWithoutPrevious: 1 when it uses the stem in no other
 * framing, in no passage of the framing before this one (lib/analysis/sideArticles.ts)
 */
export interface TermCell {
  framing: FramingLabel; stem: string; n: number; count: number; passages: number;
  articles: number; articlesOnly: number; articlesWithoutPrevious: number;
}

export interface StatsContribution {
  /** single words per framing: occurrences, passages containing them, and this article (1) */
  terms: TermCell[];
  /** 2–3 word phrases, the same way */
  phrases: TermCell[];
  /** passages and content-word tokens per framing */
  passages: { framing: FramingLabel; passages: number; tokens: number }[];
  /** occurrences of each surface form of a single word */
  surfaces: { stem: string; surface: string; count: number }[];
}

/** The contribution of one article's passages (they share its outlet and month). */
export function statsContribution(passages: ContributingPassage[]): StatsContribution {
  const cells = new Map<string, TermCell>();
  const perFraming = new Map<FramingLabel, StatsContribution["passages"][number]>();
  const surfaces = new Map<string, StatsContribution["surfaces"][number]>();
  for (const p of passages) {
    const framingRow = perFraming.get(p.framing) ?? { framing: p.framing, passages: 0, tokens: 0 };
    framingRow.passages += 1;
    perFraming.set(p.framing, framingRow);
    // one passage may hold several surface forms of a stem ("camp", "camps"): it counts once
    const seen = new Set<string>();
    for (const t of p.terms) {
      const key = `${p.framing}\u0000${t.stem}`;
      const cell = cells.get(key) ?? { framing: p.framing, stem: t.stem, n: t.n, count: 0, passages: 0, articles: 1, articlesOnly: 0, articlesWithoutPrevious: 0 };
      cell.count += t.count;
      if (!seen.has(t.stem)) cell.passages += 1;
      seen.add(t.stem);
      cells.set(key, cell);
      if (t.n !== 1) continue;
      framingRow.tokens += t.count;
      const surfaceKey = `${t.stem}\u0000${t.surface}`;
      const surface = surfaces.get(surfaceKey) ?? { stem: t.stem, surface: t.surface, count: 0 };
      surface.count += t.count;
      surfaces.set(surfaceKey, surface);
    }
  }
  const all = [...cells.values()];
  // the framings each stem is used in, as bits, for the article columns
  const usedIn = new Map<string, number>();
  for (const c of all) usedIn.set(c.stem, (usedIn.get(c.stem) ?? 0) | (1 << FRAMINGS.indexOf(c.framing)));
  for (const c of all) Object.assign(c, articleCounts(usedIn.get(c.stem)!, FRAMINGS.indexOf(c.framing)));
  return { terms: all.filter((c) => c.n === 1), phrases: all.filter((c) => c.n > 1), passages: [...perFraming.values()], surfaces: [...surfaces.values()] };
}
