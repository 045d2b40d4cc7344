// One article, its passages and their term counts, written in one transaction — or nothing at all.
import { getPrisma, Prisma } from "../db";
import type { TermCount } from "../analysis/terms";
import { applyPassageStats } from "./applyPassageStats";
import type { FramingLabel } from "../classify/labels";

export interface ArticleToSave {
  title: string;
  byline: string | null;
  outlet: string;
  url: string | null;
  publishedAt: string | null;
  language: string;
  contentHash: string;
  sourceFile: string | null;
  cleanedText: string;
  modelVersion: number | null;
  passages: { text: string; start: number; end: number; framing: FramingLabel; confidence: number; terms: TermCount[] }[];
}

export type SaveResult = { status: "added" | "unchanged"; articleId: number; passages: number };

const ATTEMPTS = 3;

export async function saveArticle(input: ArticleToSave): Promise<SaveResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeArticle(input);
    } catch (e) {
      // Another writer stored the same article (content hash) or created the same outlet first: our
      // transaction rolled back whole. Look again; if the article is there it is unchanged, else retry.
      if (isDeadlock(e) && attempt < ATTEMPTS) continue; // statistics rows locked in another order: retry
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e;
      const existing = await getPrisma().article.findUnique({ where: { contentHash: input.contentHash }, select: { id: true, _count: { select: { passages: true } } } });
      if (existing) return { status: "unchanged", articleId: existing.id, passages: existing._count.passages };
      if (attempt >= ATTEMPTS) throw e;
    }
  }
}

function isDeadlock(e: unknown): boolean {
  return /deadlock detected|40P01/.test(e instanceof Error ? e.message : String(e));
}

async function writeArticle(input: ArticleToSave): Promise<SaveResult> {
  return getPrisma().$transaction(async (tx) => {
    const existing = await tx.article.findUnique({ where: { contentHash: input.contentHash }, select: { id: true, _count: { select: { passages: true } } } });
    if (existing) return { status: "unchanged", articleId: existing.id, passages: existing._count.passages };
    const outlet = await tx.outlet.upsert({ where: { name: input.outlet }, create: { name: input.outlet }, update: {} });
    const publishedAt = input.publishedAt ? new Date(`${input.publishedAt.slice(0, 10)}T00:00:00Z`) : null;
    const article = await tx.article.create({
      data: {
        title: input.title, byline: input.byline, outletId: outlet.id, url: input.url, publishedAt,
        language: input.language, contentHash: input.contentHash, sourceFile: input.sourceFile, cleanedText: input.cleanedText,
      },
    });
    const passages = await tx.passage.createManyAndReturn({
      data: input.passages.map((p, position) => ({
        articleId: article.id, position, text: p.text, startOffset: p.start, endOffset: p.end,
        framing: p.framing, confidence: p.confidence, labelSource: "model" as const, modelVersion: input.modelVersion,
        outletId: outlet.id, publishedAt,
      })),
      select: { id: true, position: true },
    });
    const terms = passages.flatMap(({ id, position }) =>
      input.passages[position].terms.map((t) => ({ passageId: id, stem: t.stem, surface: t.surface, n: t.n, count: t.count })),
    );
    if (terms.length) await tx.passageTerm.createMany({ data: terms });
    await applyPassageStats(tx, passages.map((p) => p.id), 1);
    return { status: "added", articleId: article.id, passages: passages.length };
  }, { timeout: 60_000 });
}
