// How a search `q` is matched (lib/queries/sql/textContains.ts): from its words' term ids when the words
// containing q are rare in the corpus, through the trigram index otherwise. The word path fetches each
// candidate passage twice (its term vector, its text) at random; a word in half the corpus is cheaper to
// find by trigrams. Both ways are exact, so the choice only decides speed: it is remembered per search and
// may lag behind the corpus.
import { BoundedMemo } from "../../analysis/boundedMemo";
import { foundInContentWords } from "../../analysis/terms";
import { getPrisma, Prisma } from "../../db";
import { type SearchPath, wordFormsContaining } from "../sql/textContains";

/** Words containing the search occur at most this often per passage in the corpus for the word path. */
const WORD_PATH_SHARE = 0.05;
const chosen = new BoundedMemo<string, SearchPath>(10_000);

/** The way to match q, looked up once per search (by how common the words containing it are); null without one. */
export async function searchPathFor(q: string | undefined): Promise<SearchPath | null> {
  if (!q) return null;
  const lower = q.toLowerCase();
  const known = chosen.get(lower);
  if (known) return known;
  if (!foundInContentWords(lower)) return remember(lower, "trigrams");
  const [{ occurrences, passages }] = await getPrisma().$queryRaw<{ occurrences: number; passages: number }[]>(Prisma.sql`
    SELECT COALESCE(SUM(ts.count), 0)::float8 AS occurrences, (SELECT COALESCE(SUM(s.passages), 0) FROM passage_stat s)::float8 AS passages
    FROM term_surface ts WHERE ${wordFormsContaining(lower)}`);
  return remember(lower, occurrences <= WORD_PATH_SHARE * passages ? "words" : "trigrams");
}

function remember(q: string, path: SearchPath): SearchPath {
  chosen.set(q, path);
  return path;
}
