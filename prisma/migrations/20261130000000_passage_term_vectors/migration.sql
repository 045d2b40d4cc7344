-- Per-passage terms move from one row per passage × surface form (≈77 rows a passage, two text B-trees:
-- 14 GB and most of an ingest's time at a million passages) to one row per passage holding parallel arrays
-- of term ids and counts, with the words and phrases themselves in a dictionary. "Which passages contain
-- term X" is a GIN index on the id array. Surface forms are no longer kept per passage: terms are named
-- from the corpus-wide counts in term_surface. The dictionary also holds each term's occurrences in the
-- whole corpus, which is what phrase_total held for phrases: one upsert per ingest gives both the ids
-- and the totals.
CREATE TABLE "term" (
    "id" SERIAL NOT NULL,
    "stem" TEXT NOT NULL,
    "n" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "term_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "term_stem_key" ON "term"("stem");

CREATE TABLE "passage_terms" (
    "passage_id" INTEGER NOT NULL,
    "term_ids" INTEGER[],
    "counts" INTEGER[],
    "words" INTEGER NOT NULL,
    "tokens" INTEGER NOT NULL,
    CONSTRAINT "passage_terms_pkey" PRIMARY KEY ("passage_id")
);
CREATE INDEX "passage_terms_term_ids_idx" ON "passage_terms" USING GIN ("term_ids");
ALTER TABLE "passage_terms" ADD CONSTRAINT "passage_terms_passage_id_fkey" FOREIGN KEY ("passage_id") REFERENCES "passage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- existing databases keep their terms
INSERT INTO "term" ("stem", "n", "count") SELECT "stem", MIN("n"), SUM("count") FROM "passage_term" GROUP BY "stem" ORDER BY "stem";
-- single words first: the first `words` entries (top terms slice them off instead of reading the phrases)
INSERT INTO "passage_terms" ("passage_id", "term_ids", "counts", "words", "tokens")
SELECT s."passage_id", array_agg(s."id" ORDER BY s."n" > 1, s."id"), array_agg(s."count" ORDER BY s."n" > 1, s."id"),
       COUNT(*) FILTER (WHERE s."n" = 1), COALESCE(SUM(s."count") FILTER (WHERE s."n" = 1), 0)
FROM (SELECT pt."passage_id", t."id", t."n", SUM(pt."count")::int AS "count"
      FROM "passage_term" pt JOIN "term" t ON t."stem" = pt."stem" GROUP BY 1, 2, 3) s
GROUP BY s."passage_id";
-- a passage with no content words still has its row (empty arrays, no tokens)
INSERT INTO "passage_terms" ("passage_id", "term_ids", "counts", "words", "tokens")
SELECT p."id", '{}', '{}', 0, 0 FROM "passage" p WHERE NOT EXISTS (SELECT 1 FROM "passage_terms" v WHERE v."passage_id" = p."id");

DROP TABLE "passage_term";
DROP TABLE "phrase_total";

-- Every ingest adds to rows that already exist (the all-outlets and all-time grains, common words' totals).
-- Room on each page lets those updates stay on the page (HOT) and be pruned there, instead of adding index
-- entries for every new row version until the next VACUUM.
ALTER TABLE "term" SET (fillfactor = 80);
ALTER TABLE "term_stat" SET (fillfactor = 80);
ALTER TABLE "phrase_stat" SET (fillfactor = 80);
ALTER TABLE "passage_stat" SET (fillfactor = 80);
ALTER TABLE "term_surface" SET (fillfactor = 80);
