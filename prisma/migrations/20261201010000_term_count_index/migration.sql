-- The dictionary by corpus count, most frequent first: keyness over the statistics counts the frequent terms
-- first and only goes further when a rarer term could still rank (lib/queries/getKeyness.ts).
CREATE INDEX "term_count_idx" ON "term" ("count" DESC);
