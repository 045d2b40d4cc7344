-- The search filter (`q`) is a case-insensitive substring match (ILIKE '%…%'), which no B-tree can serve:
-- a trigram GIN index lets PostgreSQL find the candidate passages without reading every one.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "passage_text_trgm_idx" ON "passage" USING GIN ("text" gin_trgm_ops);
