-- CreateEnum
CREATE TYPE "SpeakerRole" AS ENUM ('state_official', 'state_media', 'ngo', 'un', 'foreign_government', 'journalist', 'witness');

-- AlterTable
ALTER TABLE "passage" ADD COLUMN     "model_confidence" DOUBLE PRECISION,
ADD COLUMN     "model_framing" "Framing",
ADD COLUMN     "reviewed_at" TIMESTAMP(3),
ADD COLUMN     "speaker_name" TEXT,
ADD COLUMN     "speaker_role" "SpeakerRole";

-- Passages labelled before this migration: their current label is the model's unless a person set it.
UPDATE "passage" SET "model_framing" = "framing", "model_confidence" = "confidence" WHERE "label_source" = 'model';
