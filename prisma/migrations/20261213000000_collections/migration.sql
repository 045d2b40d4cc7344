-- Collections: named sets of articles (an article may be in several), each counted on its own. Every statistics
-- row is keyed by its collection: an article contributes once to each collection it is in
-- (docs/decisions/015-collections.md).
CREATE TABLE "collection" (
    "id" SERIAL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "collection_name_key" ON "collection"("name");
-- at most one default: the collection a request without ?collection= reads and an ingest without one fills
CREATE UNIQUE INDEX "collection_one_default" ON "collection"("is_default") WHERE "is_default";
-- the demo corpus and the seeds are about Xinjiang: every article stored so far is in it
INSERT INTO "collection" ("name", "is_default") VALUES ('xinjiang', true);

CREATE TABLE "article_collection" (
    "collection_id" INTEGER NOT NULL REFERENCES "collection"("id"),
    "article_id" INTEGER NOT NULL REFERENCES "article"("id") ON DELETE CASCADE,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "article_collection_pkey" PRIMARY KEY ("collection_id", "article_id")
);
CREATE INDEX "article_collection_article_idx" ON "article_collection"("article_id");
INSERT INTO "article_collection" ("collection_id", "article_id") SELECT c.id, a.id FROM "article" a CROSS JOIN "collection" c;

ALTER TABLE "term_stat" ADD COLUMN "collection_id" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "phrase_stat" ADD COLUMN "collection_id" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "passage_stat" ADD COLUMN "collection_id" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "term_stat" ALTER COLUMN "collection_id" DROP DEFAULT;
ALTER TABLE "phrase_stat" ALTER COLUMN "collection_id" DROP DEFAULT;
ALTER TABLE "passage_stat" ALTER COLUMN "collection_id" DROP DEFAULT;
ALTER TABLE "term_stat" DROP CONSTRAINT "term_stat_pkey", ADD CONSTRAINT "term_stat_pkey" PRIMARY KEY ("collection_id", "outlet_id", "month", "framing", "stem");
ALTER TABLE "phrase_stat" DROP CONSTRAINT "phrase_stat_pkey", ADD CONSTRAINT "phrase_stat_pkey" PRIMARY KEY ("collection_id", "outlet_id", "month", "framing", "stem");
ALTER TABLE "passage_stat" DROP CONSTRAINT "passage_stat_pkey", ADD CONSTRAINT "passage_stat_pkey" PRIMARY KEY ("collection_id", "framing", "outlet_id", "month");

CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "collection" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "article_collection" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
