-- A word search finds the stems whose forms contain the searched letters (lib/queries/textContains.ts), with
-- "İ"'s combining dot (U+0307, which JavaScript's lowercasing adds) removed as the search removes it. Corpora
-- of real news hold hundreds of thousands of word forms, read three times per searched overview otherwise.
CREATE INDEX "term_surface_trgm_idx" ON "term_surface" USING GIN (translate("surface", U&'\0307', '') gin_trgm_ops);
