-- Off-topic articles (docs/decisions/013-off-topic-articles.md): each collection's vocabulary kept as sums, so
-- that an article is scored against its collection before it joins, and each membership's verdict.
CREATE TABLE "collection_profile" (
    "collection_id" INTEGER PRIMARY KEY REFERENCES "collection"("id") ON DELETE CASCADE,
    -- how many articles the sums below hold
    "articles" INTEGER NOT NULL DEFAULT 0,
    -- the last calibration (leave-one-out scores of a sample of the members), and the article count it was made at
    "calibrated_articles" INTEGER,
    "calibration_sample" INTEGER,
    "range_low" DOUBLE PRECISION,
    "range_high" DOUBLE PRECISION,
    "threshold" DOUBLE PRECISION,
    "basis" TEXT
);

-- per word (term id) of a collection: how many of its articles use it, and the sum of its component in their
-- unit-length log-scaled vectors
CREATE TABLE "collection_profile_term" (
    "collection_id" INTEGER NOT NULL REFERENCES "collection"("id") ON DELETE CASCADE,
    "term_id" BIGINT NOT NULL,
    "articles" INTEGER NOT NULL,
    "unit_weight" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "collection_profile_term_pkey" PRIMARY KEY ("collection_id", "term_id")
);

-- the article's similarity to the collection when it joined (scored without it), and whether that flagged it
ALTER TABLE "article_collection" ADD COLUMN "similarity" REAL, ADD COLUMN "off_topic" BOOLEAN NOT NULL DEFAULT false;

-- the articles stored so far, as lib/analysis/offTopicProfile.ts sums them: per article its words (the leading
-- `words` entries of its passages' vectors) with 1 + ln(count) at unit length; calibrated at the next ingest
INSERT INTO "collection_profile" ("collection_id", "articles")
SELECT c.id, (SELECT COUNT(*) FROM "article_collection" ac WHERE ac.collection_id = c.id) FROM "collection" c;
WITH words AS (
    SELECT p.article_id, u.term_id, SUM(u.count) AS count
    FROM "passage" p JOIN "passage_terms" v ON v.passage_id = p.id
    CROSS JOIN LATERAL unnest(v.term_ids[1:v.words], v.counts[1:v.words]) AS u(term_id, count)
    GROUP BY p.article_id, u.term_id
), unit AS (
    SELECT article_id, term_id, (1 + ln(count)) / sqrt(SUM((1 + ln(count)) ^ 2) OVER (PARTITION BY article_id)) AS weight FROM words
)
INSERT INTO "collection_profile_term" ("collection_id", "term_id", "articles", "unit_weight")
SELECT ac.collection_id, w.term_id, COUNT(*), SUM(w.weight)
FROM unit w JOIN "article_collection" ac ON ac.article_id = w.article_id
GROUP BY ac.collection_id, w.term_id;

CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "collection_profile" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "collection_profile_term" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
