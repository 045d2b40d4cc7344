import { getPrisma } from "../../db";

/** An article with its outlet and passages in reading order, or null. */
export async function getArticle(id: number) {
  return getPrisma().article.findUnique({
    where: { id },
    include: {
      outlet: true,
      passages: { orderBy: { position: "asc" }, select: {
        id: true, position: true, text: true, framing: true, confidence: true, labelSource: true, modelVersion: true,
        modelFraming: true, modelConfidence: true, speakerName: true, speakerRole: true,
      } },
    },
  });
}
