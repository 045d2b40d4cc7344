-- AlterTable
ALTER TABLE "article" ADD COLUMN     "url_key" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "article_url_key_key" ON "article"("url_key");

