-- Text reuse (issue 29, lib/reuse, docs/decisions/011-text-reuse.md): each passage's winnowed wording
-- fingerprints, indexed by hash so that candidates come from the index, never from all pairs; the verified links
-- between passages of different outlets; and their connected components, with their earliest appearance.
-- Written in the transaction that writes the passages (lib/queries/reuse/addReuse.ts). Passages stored before
-- this migration have none until `npm run rebuild-reuse`.

-- One row per passage and distinct fingerprint. Unique by construction, so a plain index (no uniqueness check);
-- it holds every column, so postings are read from the index alone. The BRIN index
-- serves the cascade when articles are deleted: rows are appended in article order.
CREATE TABLE "reuse_fingerprint" (
  "hash" INTEGER NOT NULL,
  "article_id" INTEGER NOT NULL REFERENCES "article"("id") ON DELETE CASCADE,
  "passage_id" INTEGER NOT NULL,
  "outlet_id" INTEGER NOT NULL
);
CREATE INDEX "reuse_fingerprint_hash_idx" ON "reuse_fingerprint" ("hash", "article_id") INCLUDE ("passage_id", "outlet_id");
CREATE INDEX "reuse_fingerprint_article_idx" ON "reuse_fingerprint" USING brin ("article_id");

-- Fingerprints found in more than REUSE_MAX_ARTICLES articles: boilerplate. Recorded when a hash crosses the
-- cap, so that ingest looks postings up only for the other hashes, each held by at most that many articles.
CREATE TABLE "reuse_boilerplate" (
  "hash" INTEGER PRIMARY KEY
);

-- A pair of passages sharing wording: a is the earlier appearance (published date, undated last, then ingest
-- order), b the later; the reused span in each is [start, end) in characters of that passage's text. Outlets
-- and dates are copied from the passages (they never change) so "who repeats outlet X, how soon" needs no join.
CREATE TABLE "reuse_link" (
  "passage_a" INTEGER NOT NULL REFERENCES "passage"("id") ON DELETE CASCADE,
  "passage_b" INTEGER NOT NULL REFERENCES "passage"("id") ON DELETE CASCADE,
  "article_a" INTEGER NOT NULL,
  "article_b" INTEGER NOT NULL,
  "outlet_a" INTEGER NOT NULL,
  "outlet_b" INTEGER NOT NULL,
  "published_a" DATE,
  "published_b" DATE,
  "a_start" INTEGER NOT NULL,
  "a_end" INTEGER NOT NULL,
  "b_start" INTEGER NOT NULL,
  "b_end" INTEGER NOT NULL,
  "words" INTEGER NOT NULL,
  "score" REAL NOT NULL,
  PRIMARY KEY ("passage_a", "passage_b")
);
CREATE INDEX "reuse_link_b_idx" ON "reuse_link" ("passage_b");
CREATE INDEX "reuse_link_outlets_idx" ON "reuse_link" ("outlet_a", "outlet_b");

-- A story of reuse: a connected component of the links. Its id is its smallest passage id (stable while that
-- passage stays in it); framings are not stored but read from the members' passages, so relabelling needs no
-- change here.
CREATE TABLE "reuse_cluster" (
  "id" INTEGER PRIMARY KEY,
  "first_passage_id" INTEGER NOT NULL,
  "first_article_id" INTEGER NOT NULL,
  "first_outlet_id" INTEGER NOT NULL,
  "first_published_at" DATE,
  "last_published_at" DATE,
  "passages" INTEGER NOT NULL,
  "articles" INTEGER NOT NULL,
  "outlets" INTEGER NOT NULL
);
CREATE INDEX "reuse_cluster_rank_idx" ON "reuse_cluster" ("outlets" DESC, "articles" DESC, "id");
CREATE INDEX "reuse_cluster_first_idx" ON "reuse_cluster" ("first_published_at");

-- The passages of each cluster, with the article, outlet and date filters need. No foreign key to passage on
-- purpose: after articles are deleted their rows say which clusters to recompute (refreshReuseClusters).
CREATE TABLE "reuse_member" (
  "passage_id" INTEGER PRIMARY KEY,
  "cluster_id" INTEGER NOT NULL,
  "article_id" INTEGER NOT NULL,
  "outlet_id" INTEGER NOT NULL,
  "published_at" DATE
);
CREATE INDEX "reuse_member_cluster_idx" ON "reuse_member" ("cluster_id");
CREATE INDEX "reuse_member_article_idx" ON "reuse_member" ("article_id");
CREATE INDEX "reuse_member_outlet_idx" ON "reuse_member" ("outlet_id", "cluster_id");

-- Like every table the dashboard reads, a write moves the data version (lib/queries/stats/getDataVersion.ts).
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reuse_fingerprint" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reuse_boilerplate" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reuse_link" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reuse_cluster" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reuse_member" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
