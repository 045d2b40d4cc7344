// What a concordance request points at: a stored term key, a phrase the user typed, or a contested name.
import { findName, loadContestedTerms, namePattern, namePgPattern } from "../analysis/contestedTerms";
import { termKey } from "../analysis/terms";
import { getEnv } from "../env";
import type { ConcordanceTarget } from "../queries/reads";

export function resolveConcordanceTarget(input: { term?: string; phrase?: string; contested?: string }):
  { ok: true; value: ConcordanceTarget; label: string } | { ok: false; error: string } {
  const given = [input.term, input.phrase, input.contested].filter(Boolean).length;
  if (given !== 1) return { ok: false, error: 'bad parameter "term": give exactly one of term, phrase or contested' };
  if (input.contested) {
    const found = findName(loadContestedTerms(getEnv().CONTESTED_TERMS_PATH), input.contested);
    if (!found) return { ok: false, error: `bad parameter "contested": no name "${input.contested}" in the contested-terms list` };
    return { ok: true, value: { pg: namePgPattern(found.name), js: namePattern(found.name) }, label: found.name.name };
  }
  if (input.phrase) {
    const key = termKey(input.phrase);
    if (!key) return { ok: false, error: 'bad parameter "phrase": it has no words' };
    if (key.split(" ").length > 3) return { ok: false, error: 'bad parameter "phrase": phrases of up to three words are indexed' };
    return { ok: true, value: { term: key }, label: input.phrase };
  }
  return { ok: true, value: { term: input.term! }, label: input.term! };
}
