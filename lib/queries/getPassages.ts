// The passages behind a number: every chart and term links here with its filters.
import { getPrisma, Prisma } from "../db";
import type { FramingLabel } from "../classify/labels";
import type { SpeakerRole } from "../classify/speakerRoles";
import type { Filters } from "../schema";
import { passageFilter } from "./passageFilter";
import { statFilter, statsCanAnswer } from "./statFilter";
import { chooseSearchPath } from "./chooseSearchPath";
import { rememberedReads } from "./rememberedReads";

export interface PassageRow {
  id: number; position: number; text: string; framing: FramingLabel; confidence: number; labelSource: "model" | "human";
  articleId: number; articleTitle: string; outlet: string; publishedAt: string | null;
  modelFraming: FramingLabel | null; modelConfidence: number | null; speakerName: string | null; speakerRole: SpeakerRole | null;
}

async function computePassages(filters: Partial<Filters>, page = 1, pageSize = 25): Promise<{ total: number; rows: PassageRow[] }> {
  await chooseSearchPath(filters);
  const prisma = getPrisma();
  const where = passageFilter(filters);
  // the total from the precomputed counts when they answer exactly: counting the passages themselves grows
  // with the corpus (a second and more at a million passages for an unfiltered list)
  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>(statsCanAnswer(filters)
    ? Prisma.sql`SELECT COALESCE(SUM(s.passages), 0)::int AS total FROM passage_stat s WHERE ${statFilter(filters)}`
    : Prisma.sql`SELECT COUNT(*)::int AS total FROM passage p WHERE ${where}`);
  const rows = await prisma.$queryRaw<PassageRow[]>(Prisma.sql`
    SELECT p.id, p.position, p.text, p.framing::text AS framing, p.confidence, p.label_source::text AS "labelSource",
           a.id AS "articleId", a.title AS "articleTitle", o.name AS outlet, to_char(p.published_at, 'YYYY-MM-DD') AS "publishedAt",
           p.model_framing::text AS "modelFraming", p.model_confidence AS "modelConfidence",
           p.speaker_name AS "speakerName", p.speaker_role::text AS "speakerRole"
    FROM passage p JOIN article a ON a.id = p.article_id JOIN outlet o ON o.id = p.outlet_id
    WHERE ${where}
    ORDER BY p.published_at DESC NULLS LAST, p.article_id, p.position -- passage_order_idx
    LIMIT ${pageSize} OFFSET ${(Math.max(1, page) - 1) * pageSize}`);
  return { total, rows };
}

/** Remembered while the database is unchanged (lib/queries/rememberedReads.ts). */
export const getPassages = rememberedReads.wrap("getPassages", computePassages);
