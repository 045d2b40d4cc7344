-- CreateEnum
CREATE TYPE "Framing" AS ENUM ('official', 'critical', 'testimony');

-- CreateEnum
CREATE TYPE "LabelSource" AS ENUM ('model', 'human');

-- CreateTable
CREATE TABLE "outlet" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "byline" TEXT,
    "outlet_id" INTEGER NOT NULL,
    "url" TEXT,
    "published_at" DATE,
    "language" TEXT NOT NULL DEFAULT 'en',
    "content_hash" TEXT NOT NULL,
    "source_file" TEXT,
    "cleaned_text" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "passage" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "framing" "Framing" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "label_source" "LabelSource" NOT NULL DEFAULT 'model',
    "model_version" INTEGER,
    "outlet_id" INTEGER NOT NULL,
    "published_at" DATE,

    CONSTRAINT "passage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "passage_term" (
    "passage_id" INTEGER NOT NULL,
    "stem" TEXT NOT NULL,
    "surface" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "passage_term_pkey" PRIMARY KEY ("passage_id","surface")
);

-- CreateTable
CREATE TABLE "classifier_model" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL,
    "algorithm" TEXT NOT NULL,
    "training_size" INTEGER NOT NULL,
    "metrics" JSONB NOT NULL,
    "serialized" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "classifier_model_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "outlet_name_key" ON "outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "article_content_hash_key" ON "article"("content_hash");

-- CreateIndex
CREATE INDEX "article_outlet_id_published_at_idx" ON "article"("outlet_id", "published_at");

-- CreateIndex
CREATE INDEX "article_published_at_idx" ON "article"("published_at");

-- CreateIndex
CREATE INDEX "passage_framing_outlet_id_published_at_idx" ON "passage"("framing", "outlet_id", "published_at");

-- CreateIndex
CREATE INDEX "passage_outlet_id_published_at_idx" ON "passage"("outlet_id", "published_at");

-- CreateIndex
CREATE INDEX "passage_published_at_idx" ON "passage"("published_at");

-- CreateIndex
CREATE UNIQUE INDEX "passage_article_id_position_key" ON "passage"("article_id", "position");

-- CreateIndex
CREATE INDEX "passage_term_stem_passage_id_idx" ON "passage_term"("stem", "passage_id");

-- CreateIndex
CREATE UNIQUE INDEX "classifier_model_version_key" ON "classifier_model"("version");

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "passage" ADD CONSTRAINT "passage_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "passage" ADD CONSTRAINT "passage_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "passage_term" ADD CONSTRAINT "passage_term_passage_id_fkey" FOREIGN KEY ("passage_id") REFERENCES "passage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
