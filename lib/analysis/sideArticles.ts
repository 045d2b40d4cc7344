// How many articles use a term in a side of one, two or three framings, from counts kept per framing. An
// article that uses a term in an official and in a critical passage must count once for the side "official +
// critical" (and for "all framings"), but each framing's cell counts it, so the cells' `articles` cannot be
// added. Each framing's cell also keeps the articles that use the term in it but not in the framing before it
// (in the cycle official → critical → testimony → official), and those that use it in no other framing. Then a
// side's articles are a sum of one column per framing: walk the side's framings round the cycle, starting after
// a framing it leaves out (at official when it takes all three), and count each article under the first of
// them it uses the term in. A framing then adds the articles using the term in it and in none of the side's
// framings walked before it: none (`articles`), the one before it (`articlesWithoutPrevious`) or both others
// (`articlesOnly`). Like every count of the statistics these add over outlets and months, since an article
// lies in one outlet and one month.
import { FRAMINGS } from "../classify/labels";

export type ArticleColumn = "articles" | "articlesWithoutPrevious" | "articlesOnly";

/** The framing before `framing` (places in FRAMINGS) in the cycle. */
export const previousFraming = (framing: number): number => (framing + FRAMINGS.length - 1) % FRAMINGS.length;

/**
 * For a side taking the framings given (places in FRAMINGS; none given: every framing), the column each
 * framing's cells add to the side's articles, null for a framing the side leaves out.
 */
export function articleColumns(framings: readonly number[] | null | undefined): (ArticleColumn | null)[] {
  const side = new Set(framings?.length ? framings : FRAMINGS.map((_, f) => f));
  const byWalkedBefore: ArticleColumn[] = ["articles", "articlesWithoutPrevious", "articlesOnly"];
  return FRAMINGS.map((_, f) => {
    if (!side.has(f)) return null;
    // every framing: the walk starts at official, so framing f has f of them before it
    if (side.size === FRAMINGS.length) return byWalkedBefore[f];
    return byWalkedBefore[side.has(previousFraming(f)) ? 1 : 0];
  });
}

/**
 * One article's three article columns for each framing it uses a term in, given the framings it uses the term
 * in as bits (bit f: FRAMINGS[f]).
 */
export function articleCounts(usedIn: number, framing: number): { articles: 1; articlesOnly: 0 | 1; articlesWithoutPrevious: 0 | 1 } {
  return {
    articles: 1,
    articlesOnly: usedIn === 1 << framing ? 1 : 0,
    articlesWithoutPrevious: usedIn & (1 << previousFraming(framing)) ? 0 : 1,
  };
}
