-- Keyness from the precomputed statistics: articles per framing × outlet × month cell beside occurrences
-- and passages, and the same counts for 2–3 word phrases in a table of their own (so that the single-word
-- top terms never read phrase rows). Existing rows are recounted from the passages.
ALTER TABLE "term_stat" ADD COLUMN "articles" INTEGER NOT NULL DEFAULT 0;

-- Every query picks a grain by outlet_id and month first (framing is optional): the key leads with them.
ALTER TABLE "term_stat" DROP CONSTRAINT "term_stat_pkey";
ALTER TABLE "term_stat" ADD CONSTRAINT "term_stat_pkey" PRIMARY KEY ("outlet_id","month","framing","stem");

CREATE TABLE "phrase_stat" (
    "framing" "Framing" NOT NULL,
    "outlet_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "stem" TEXT NOT NULL,
    "n" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,
    "passages" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "phrase_stat_pkey" PRIMARY KEY ("outlet_id","month","framing","stem")
);

-- a term's timeline reads its rows across all cells
CREATE INDEX "phrase_stat_stem_idx" ON "phrase_stat"("stem");

-- How often each phrase occurs in the whole corpus. Most phrases occur once or twice; keyness never ranks a
-- phrase seen fewer than 3 times (its selections must hold it 3 times), so phrase_stat keeps only phrases
-- seen at least 3 times (lib/queries/statGrains.ts PHRASE_MIN_COUNT).
CREATE TABLE "phrase_total" (
    "stem" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "phrase_total_pkey" PRIMARY KEY ("stem")
);
INSERT INTO "phrase_total" (stem, count) SELECT stem, SUM(count) FROM passage_term WHERE n > 1 GROUP BY stem;

-- Every count at four grains (lib/queries/statGrains.ts): outlet × month, all outlets (outlet_id 0) × month,
-- outlet × all time (month 0001-01-01), and all outlets × all time.
TRUNCATE "term_stat";
INSERT INTO "term_stat" (framing, outlet_id, month, stem, n, count, passages, articles)
SELECT p.framing, COALESCE(p.outlet_id, 0), COALESCE(COALESCE(date_trunc('month', p.published_at)::date, DATE '1900-01-01'), DATE '0001-01-01'), t.stem, MIN(t.n),
       SUM(t.count), COUNT(DISTINCT t.passage_id), COUNT(DISTINCT p.article_id)
FROM passage_term t JOIN passage p ON p.id = t.passage_id WHERE t.n = 1
GROUP BY GROUPING SETS ((p.framing, p.outlet_id, COALESCE(date_trunc('month', p.published_at)::date, DATE '1900-01-01'), t.stem),
  (p.framing, COALESCE(date_trunc('month', p.published_at)::date, DATE '1900-01-01'), t.stem), (p.framing, p.outlet_id, t.stem), (p.framing, t.stem));

INSERT INTO "phrase_stat" (framing, outlet_id, month, stem, n, count, passages, articles)
SELECT p.framing, COALESCE(p.outlet_id, 0), COALESCE(COALESCE(date_trunc('month', p.published_at)::date, DATE '1900-01-01'), DATE '0001-01-01'), t.stem, MIN(t.n),
       SUM(t.count), COUNT(DISTINCT t.passage_id), COUNT(DISTINCT p.article_id)
FROM passage_term t JOIN passage p ON p.id = t.passage_id
WHERE t.n > 1 AND t.stem IN (SELECT stem FROM phrase_total WHERE count >= 3)
GROUP BY GROUPING SETS ((p.framing, p.outlet_id, COALESCE(date_trunc('month', p.published_at)::date, DATE '1900-01-01'), t.stem),
  (p.framing, COALESCE(date_trunc('month', p.published_at)::date, DATE '1900-01-01'), t.stem), (p.framing, p.outlet_id, t.stem), (p.framing, t.stem));
