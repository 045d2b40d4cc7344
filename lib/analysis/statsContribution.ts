// What a set of newly stored passages adds to the precomputed statistics, computed from the values being
// written instead of by joining back to passage_term: at scale that join is most of an ingest's cost, and
// its plan degrades whenever the table's statistics lag a bulk load.
import type { FramingLabel } from "../classify/labels";
import type { TermCount } from "./terms";

export interface ContributingPassage { framing: FramingLabel; terms: TermCount[] }

export interface StatsContribution {
  /** single words per framing: occurrences and passages containing them */
  terms: { framing: FramingLabel; stem: string; count: number; passages: number }[];
  /** passages and content-word tokens per framing */
  passages: { framing: FramingLabel; passages: number; tokens: number }[];
  /** occurrences of each surface form of a single word */
  surfaces: { stem: string; surface: string; count: number }[];
}

/** The contribution of passages that share one outlet and month (one article's passages). */
export function statsContribution(passages: ContributingPassage[]): StatsContribution {
  const terms = new Map<string, StatsContribution["terms"][number]>();
  const perFraming = new Map<FramingLabel, StatsContribution["passages"][number]>();
  const surfaces = new Map<string, StatsContribution["surfaces"][number]>();
  for (const p of passages) {
    const framingRow = perFraming.get(p.framing) ?? { framing: p.framing, passages: 0, tokens: 0 };
    framingRow.passages += 1;
    perFraming.set(p.framing, framingRow);
    const seen = new Set<string>();
    for (const t of p.terms) {
      if (t.n !== 1) continue;
      framingRow.tokens += t.count;
      const key = `${p.framing}\u0000${t.stem}`;
      const row = terms.get(key) ?? { framing: p.framing, stem: t.stem, count: 0, passages: 0 };
      row.count += t.count;
      // one passage may hold several surface forms of a stem ("camp", "camps"): it counts once
      if (!seen.has(t.stem)) row.passages += 1;
      seen.add(t.stem);
      terms.set(key, row);
      const surfaceKey = `${t.stem}\u0000${t.surface}`;
      const surface = surfaces.get(surfaceKey) ?? { stem: t.stem, surface: t.surface, count: 0 };
      surface.count += t.count;
      surfaces.set(surfaceKey, surface);
    }
  }
  return { terms: [...terms.values()], passages: [...perFraming.values()], surfaces: [...surfaces.values()] };
}
