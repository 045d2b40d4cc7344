// The review queue (lib/review/reviewQueue.ts) read from the database: unreviewed model labels, least confident
// first (passage_review_queue_idx), each with its article's previous and next passage.
import { getPrisma, Prisma } from "../../db";
import { getEnv } from "../../env";
import { disagreeingPairs, speakerDisagreement } from "../../review/disagreement";
import type { NeighbourPassage, ReviewItem, ReviewParams, ReviewQueue } from "../../review/reviewQueue";
import { defineRead } from "../plan/defineRead";
import { type PlannedFilters, passageFilter } from "../sql/passageFilter";

type Row = Omit<ReviewItem, "uncertain" | "disagreement" | "previous" | "next"> & { previous: NeighbourPassage | null; next: NeighbourPassage | null };

function queueFilter(params: ReviewParams, selection: PlannedFilters): Prisma.Sql {
  const parts = [Prisma.sql`p.label_source = 'model'`, passageFilter(selection)];
  if (params.queue === "disagree") {
    const pairs = disagreeingPairs().map(({ role, framing }) => Prisma.sql`(${role}::"SpeakerRole", ${framing}::"Framing")`);
    parts.push(Prisma.sql`(p.speaker_role, p.framing) IN (${Prisma.join(pairs)})`);
  }
  return Prisma.join(parts, " AND ");
}

export const getReviewQueue = defineRead<[params: ReviewParams], ReviewQueue>("getReviewQueue", {
  selection: (params) => ({ collection: params.collection, framing: params.framing, outlet: params.outlet, from: params.from, to: params.to, q: params.q }),
  passages: ({ filters }, params) => reviewQueueOf(params, filters),
});

async function reviewQueueOf(params: ReviewParams, selection: PlannedFilters): Promise<ReviewQueue> {
  const prisma = getPrisma();
  const { UNCERTAIN_BELOW, PASSAGE_COUNT_UP_TO } = getEnv();
  const where = queueFilter(params, selection);
  const neighbour = (offset: number) => Prisma.sql`(SELECT json_build_object('position', n.position, 'text', n.text, 'framing', n.framing)
      FROM passage n WHERE n.article_id = p.article_id AND n.position = p.position + ${offset})`;
  const [rows, [{ total }]] = await Promise.all([
    prisma.$queryRaw<Row[]>(Prisma.sql`
      SELECT p.id, p.article_id AS "articleId", a.title AS "articleTitle", o.name AS outlet,
             to_char(p.published_at, 'YYYY-MM-DD') AS "publishedAt", p.position, p.text, p.framing::text AS framing,
             p.confidence, p.model_version AS "modelVersion", p.speaker_name AS "speakerName", p.speaker_role::text AS "speakerRole",
             ${neighbour(-1)} AS previous, ${neighbour(1)} AS next
      FROM passage p JOIN article a ON a.id = p.article_id JOIN outlet o ON o.id = p.outlet_id
      WHERE ${where}
      ORDER BY p.confidence, p.id
      LIMIT ${params.limit}`),
    prisma.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT COUNT(*)::int AS total FROM (SELECT FROM passage p WHERE ${where} LIMIT ${PASSAGE_COUNT_UP_TO + 1}) t`),
  ]);
  const items = rows.map((r): ReviewItem => ({
    ...r,
    uncertain: r.confidence < UNCERTAIN_BELOW,
    disagreement: speakerDisagreement(r.speakerRole, r.framing),
  }));
  const totalAtLeast = total > PASSAGE_COUNT_UP_TO;
  return { queue: params.queue, total: totalAtLeast ? PASSAGE_COUNT_UP_TO : total, totalAtLeast, threshold: UNCERTAIN_BELOW, items };
}
