-- CreateTable
CREATE TABLE "term_stat" (
    "framing" "Framing" NOT NULL,
    "outlet_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "stem" TEXT NOT NULL,
    "n" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,
    "passages" INTEGER NOT NULL,

    CONSTRAINT "term_stat_pkey" PRIMARY KEY ("framing","outlet_id","month","stem")
);

-- CreateTable
CREATE TABLE "passage_stat" (
    "framing" "Framing" NOT NULL,
    "outlet_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "passages" INTEGER NOT NULL,
    "tokens" INTEGER NOT NULL,

    CONSTRAINT "passage_stat_pkey" PRIMARY KEY ("framing","outlet_id","month")
);

-- CreateTable
CREATE TABLE "term_surface" (
    "stem" TEXT NOT NULL,
    "surface" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "term_surface_pkey" PRIMARY KEY ("stem","surface")
);

-- CreateIndex
CREATE INDEX "term_stat_stem_idx" ON "term_stat"("stem");
