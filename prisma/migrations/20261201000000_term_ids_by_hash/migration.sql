-- Term ids are computed from the stem key (lib/analysis/termId.ts: the first 64 bits of its MD5), and a
-- phrase enters the dictionary only once seen PHRASE_MIN_COUNT (3) times. At 200,000 passages the dictionary
-- held 7.3M entries, 94% of them phrases seen once, and numbering each batch's ~75,000 new phrases (random
-- inserts into a 371 MB text B-tree) was most of an ingest. Now a passage's vector lists every word and phrase
-- by its computed id, so "passages containing X" needs no dictionary entry; the dictionary names the words
-- and the counted phrases; phrases seen fewer times wait in phrase_sighting, appended without an index and
-- folded into the dictionary in bulk (lib/queries/foldPhraseSightings.ts).
ALTER TABLE "term" ADD COLUMN "key_id" BIGINT;
UPDATE "term" SET "key_id" = ('x' || left(md5("stem"), 16))::bit(64)::bigint;

DROP INDEX "passage_terms_term_ids_idx";
ALTER TABLE "passage_terms" ALTER COLUMN "term_ids" TYPE BIGINT[] USING "term_ids"::BIGINT[];
UPDATE "passage_terms" v
SET "term_ids" = (SELECT array_agg(t."key_id" ORDER BY u.i) FROM unnest(v."term_ids") WITH ORDINALITY AS u(id, i) JOIN "term" t ON t."id" = u.id)
WHERE cardinality(v."term_ids") > 0;
CREATE INDEX "passage_terms_term_ids_idx" ON "passage_terms" USING GIN ("term_ids");

-- one row per phrase and passage: a fold counts a phrase that reaches three into phrase_stat from its rows
CREATE TABLE "phrase_sighting" (
    "id" BIGINT NOT NULL,
    "stem" TEXT NOT NULL,
    "n" SMALLINT NOT NULL,
    "passage_id" INTEGER NOT NULL,
    "count" INTEGER NOT NULL
);
INSERT INTO "phrase_sighting" ("id", "stem", "n", "passage_id", "count")
SELECT t."key_id", t."stem", t."n", v."passage_id", v."counts"[u.i]
FROM "passage_terms" v CROSS JOIN LATERAL unnest(v."term_ids") WITH ORDINALITY AS u(id, i)
JOIN "term" t ON t."key_id" = u.id
WHERE t."n" > 1 AND t."count" < 3;
DELETE FROM "term" WHERE "n" > 1 AND "count" < 3;

-- How many sighting rows have been appended since the last fold, and how many the fold left: a fold reads
-- the whole table, so it runs when the appended rows are a fair share of it (amortized), or on demand.
CREATE TABLE "phrase_sighting_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "pending" BIGINT NOT NULL DEFAULT 0,
    "folded" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "phrase_sighting_state_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "phrase_sighting_state_one_row" CHECK ("id" = 1)
);
INSERT INTO "phrase_sighting_state" ("id", "pending", "folded") SELECT 1, 0, COUNT(*) FROM "phrase_sighting";

ALTER TABLE "term" DROP CONSTRAINT "term_pkey";
DROP INDEX "term_stem_key";
ALTER TABLE "term" DROP COLUMN "id";
ALTER TABLE "term" RENAME COLUMN "key_id" TO "id";
ALTER TABLE "term" ALTER COLUMN "id" SET NOT NULL;
ALTER TABLE "term" ADD CONSTRAINT "term_pkey" PRIMARY KEY ("id");
