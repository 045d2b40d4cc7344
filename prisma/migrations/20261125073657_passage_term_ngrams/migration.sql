-- AlterTable
ALTER TABLE "passage_term" ADD COLUMN     "n" SMALLINT NOT NULL DEFAULT 1;
