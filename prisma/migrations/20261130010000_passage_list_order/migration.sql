-- The passage list's order (newest first, undated last, then article and position) as an index, so that a
-- page of 25 reads 25 index entries instead of sorting every passage under the filters. Kept here rather
-- than in schema.prisma, which cannot say NULLS LAST.
CREATE INDEX "passage_order_idx" ON "passage" ("published_at" DESC NULLS LAST, "article_id", "position");
