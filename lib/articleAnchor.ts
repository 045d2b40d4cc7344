// The address of one passage in its article page: `/articles/ID?mark=form|form&find=text#p-N`. `mark` lists the
// clicked term's surface forms (marked as whole words), `find` a typed search (marked wherever it occurs, as
// the database's ILIKE matches it), so the passage you came for shows why you came.
export interface PassageMarks {
  mark?: string[];
  find?: string;
  /** the collection the link was followed from, which the article page's way back returns to */
  collection?: string;
}

/** Forms are joined with "|", a character no term contains (lib/analysis/tokenize keeps letters, digits, - and '). */
export const MARK_SEPARATOR = "|";

export function articleAnchor(articleId: number, position: number, marks: PassageMarks = {}): string {
  const query = new URLSearchParams();
  const forms = [...new Set((marks.mark ?? []).map((m) => m.trim()).filter(Boolean))].slice(0, 20);
  if (forms.length) query.set("mark", forms.join(MARK_SEPARATOR));
  if (marks.find?.trim()) query.set("find", marks.find.trim());
  if (marks.collection) query.set("collection", marks.collection);
  const q = query.toString();
  return `/articles/${articleId}${q ? `?${q}` : ""}#p-${position}`;
}
