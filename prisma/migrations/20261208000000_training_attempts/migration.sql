-- Which reviewed passages each model version learnt from, so a retrain compares the candidate with the active
-- version only on reviewed passages the active version never saw. Versions trained before this was recorded
-- learnt every passage reviewed before they were created (`npm run train` read them all).
ALTER TABLE "classifier_model" ADD COLUMN "reviewed_passage_ids" INTEGER[] NOT NULL DEFAULT '{}';
UPDATE "classifier_model" m SET "reviewed_passage_ids" = COALESCE(
  (SELECT array_agg(p."id" ORDER BY p."id") FROM "passage" p WHERE p."label_source" = 'human' AND p."reviewed_at" < m."created_at"), '{}');

-- Every retraining: what it compared, whether the candidate was activated or refused, and why.
CREATE TABLE "training_attempt" (
    "id" SERIAL NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "progress" TEXT,
    "pid" INTEGER,
    "host" TEXT,
    "active_version" INTEGER,
    "candidate_version" INTEGER,
    "comparison" JSONB,
    "reason" TEXT,

    CONSTRAINT "training_attempt_pkey" PRIMARY KEY ("id")
);

-- One retraining at a time: a second running row cannot be inserted.
CREATE UNIQUE INDEX "training_attempt_one_running" ON "training_attempt" ((true)) WHERE "status" = 'running';

-- The review queue reads unreviewed model labels, least confident first.
CREATE INDEX "passage_review_queue_idx" ON "passage" ("confidence", "id") WHERE "label_source" = 'model';
