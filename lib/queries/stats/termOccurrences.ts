// What a batch of articles adds to each term's corpus total, by stem (lib/queries/writes/saveArticle.ts).

/** A term's id (lib/analysis/termId), length in words, and occurrences in the articles being stored. */
export interface TermOccurrences { id: string; n: number; count: number }
