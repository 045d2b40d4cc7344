// Keyness's candidates for a selection counted from its passages (a search) against one the statistics cube
// answers, in the SQL path's steps (lib/queries/getKeyness.ts) with the broad side summed in memory: the
// counted side's words and commonest phrases first, whose rows set each list's bar; then only the rarer
// phrases common enough in the corpus to clear a bar. Counting every phrase of the counted side at once took
// longer than the whole SQL path: most of a passage's phrases are seen once in the corpus and are not in the
// dictionary, and finding that out was a lookup each (393,000 for 8,900 passages at 100,000).
import { type CubeKeynessOptions, type CubeTotals } from "../analysis/cubeKeyness";
import { keynessCandidatesBesideCube, phraseScope, widenScope } from "../analysis/cubeSideKeyness";
import { phraseFloors, type TermCounts } from "../analysis/keyness";
import type { CubeFilters, StatsCube } from "../analysis/statsCube";
import type { Filters } from "../schema";
import { type CountedTerms, getCountedSideTerms } from "./getCountedSideTerms";
import { getCommonPhrases } from "./getCommonPhrases";
import { getPhrasesSeen } from "./getPhrasesSeen";
import type { TermSample } from "./getTermSample";
import { ALL_TERMS, type TermScope } from "./phraseBand";
import { passageSelectionTotals } from "./termCountsFromPassages";

export interface BesideCubeOptions extends CubeKeynessOptions {
  /** how many of the commonest phrases are counted with the words; up to how many rarer ones are passed as a list */
  commonPhrases: number;
  listedPhrases: number;
}

/** `countedIs`: which of A and B `counted` is; `broad` is the other. */
export async function getKeynessBesideCube(
  cube: StatsCube, counted: Partial<Filters>, broad: CubeFilters, countedIs: "a" | "b", sample: TermSample | null, options: BesideCubeOptions,
): Promise<{ totals: CubeTotals; rows: TermCounts[] }> {
  // the totals on a connection of their own while the terms are counted: both match the search, and on two
  // cores the second match costs no time (a selective search at a million passages: 0.3 s of 1.8)
  const counting = passageSelectionTotals(counted, null, sample).then((t) => ({ tokens: t.tokensA, passages: t.passagesA }));
  counting.catch(() => undefined); // awaited below: a failure meanwhile must not count as unhandled
  const common = options.phrases ? await getCommonPhrases(options.commonPhrases) : null;
  const terms = (scope: TermScope) => getCountedSideTerms(counted, broad, { sample, terms: scope });
  // words only, or a dictionary with few phrases: every term at once
  if (!options.phrases || !common) {
    const side = await terms(options.phrases ? ALL_TERMS : { words: true, phrases: null });
    return keynessCandidatesBesideCube(cube, { ...(await counting), ...side }, broad, countedIs, options);
  }
  const first = await terms({ words: true, phrases: { stems: common.stems } });
  const own = await counting;
  const scope = phraseScope(cube, common.stems);
  const found = keynessCandidatesBesideCube(cube, { ...own, ...first }, broad, countedIs, options, scope);
  const floor = phraseFloors(found.rows, found.totals, options);
  const [from, below] = [Math.min(floor.a, floor.b), common.restSeenAtMost + 1];
  if (from >= below) return found;
  const stems = await getPhrasesSeen(from, below, options.listedPhrases);
  const rarer = await terms({ words: false, phrases: stems ? { stems } : { from, below } });
  return keynessCandidatesBesideCube(cube, { ...own, ...joined(first, rarer) }, broad, countedIs, options, widenScope(cube, scope, from));
}

/** Two sets of counted terms (disjoint: words and common phrases, then rarer phrases) as one. */
function joined(x: CountedTerms, y: CountedTerms): CountedTerms {
  return {
    key: [...x.key, ...y.key], n: [...x.n, ...y.n], count: [...x.count, ...y.count], inBoth: [...x.inBoth, ...y.inBoth],
    docs: [...x.docs, ...y.docs], articles: [...x.articles, ...y.articles],
  };
}
