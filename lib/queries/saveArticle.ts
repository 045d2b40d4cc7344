// One article, its passages and their term counts, written in one transaction — or nothing at all. An
// article already stored (same normalised text, or same canonical address) is left as it is.
import { getPrisma, Prisma } from "../db";
import type { TermCount } from "../analysis/terms";
import { textOverlap } from "../ingest/textOverlap";
import { statsContribution } from "../analysis/statsContribution";
import { addStatsContribution } from "./addStatsContribution";
import { isDeadlock } from "./withDeadlockRetry";
import { ensureTermIds } from "./ensureTermIds";
import type { FramingLabel } from "../classify/labels";
import type { SpeakerRole } from "../classify/speakerRoles";

export interface ArticleToSave {
  title: string;
  byline: string | null;
  outlet: string;
  url: string | null;
  /** normalised canonical address (lib/ingest/urlKey): a second copy from another URL is recognised by it */
  urlKey?: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  language: string;
  contentHash: string;
  sourceFile: string | null;
  cleanedText: string;
  modelVersion: number | null;
  passages: {
    text: string; start: number; end: number; framing: FramingLabel; confidence: number; terms: TermCount[];
    speakerName?: string | null; speakerRole?: SpeakerRole | null;
  }[];
}

export type SaveResult = {
  status: "added" | "unchanged"; articleId: number; passages: number;
  /** why an article counts as already stored: the same text, or the same canonical address and mostly the same text */
  duplicateOf?: "content" | "url";
  /** stored as new although another article claims the same canonical address: their texts differ */
  sharesAddressWith?: number;
};

/** Share of the shorter text found in the longer above which two texts at one address are one article. */
const SAME_ARTICLE_OVERLAP = 0.5;

const ATTEMPTS = 3;

export async function saveArticle(input: ArticleToSave): Promise<SaveResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeArticle(input);
    } catch (e) {
      // Another writer stored the same article (content hash or address) or created the same outlet first:
      // our transaction rolled back whole. Look again; if the article is there it is unchanged, else retry.
      if (isDeadlock(e) && attempt < ATTEMPTS) continue; // statistics rows locked in another order: retry
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e;
      const existing = await findExisting(getPrisma(), input);
      if (existing && "status" in existing) return existing;
      if (attempt >= ATTEMPTS) throw e;
    }
  }
}

async function writeArticle(input: ArticleToSave): Promise<SaveResult> {
  const termIds = await ensureTermIds(input.passages.flatMap((p) => p.terms));
  return getPrisma().$transaction(async (tx) => {
    const existing = await findExisting(tx, input);
    if (existing && "status" in existing) return existing;
    const outlet = await tx.outlet.upsert({ where: { name: input.outlet }, create: { name: input.outlet }, update: {} });
    const publishedAt = input.publishedAt ? new Date(`${input.publishedAt.slice(0, 10)}T00:00:00Z`) : null;
    if (publishedAt && Number.isNaN(publishedAt.getTime())) throw new Error(`published date "${input.publishedAt}" is not a date`);
    const article = await tx.article.create({
      data: {
        title: input.title, byline: input.byline, outletId: outlet.id, url: input.url, publishedAt,
        // a different article already holds this address key: store this one without it
        urlKey: existing ? null : input.urlKey ?? null,
        language: input.language, contentHash: input.contentHash, sourceFile: input.sourceFile, cleanedText: input.cleanedText,
      },
    });
    const rows = input.passages;
    const vectors = rows.map((p) => termVector(p.terms, termIds));
    // passages and their term vectors in one statement (one round trip); arrays travel as text literals
    const [{ stored }] = await tx.$queryRaw<{ stored: number }[]>`
      WITH inserted AS (
        INSERT INTO passage (article_id, position, text, start_offset, end_offset, framing, confidence, label_source, model_version, outlet_id, published_at,
                             model_framing, model_confidence, speaker_name, speaker_role)
        SELECT ${article.id}, p.position, p.text, p.start_offset, p.end_offset, p.framing, p.confidence, 'model', ${input.modelVersion}::int, ${outlet.id}, ${publishedAt}::date,
               p.framing, p.confidence, p.speaker_name, p.speaker_role
        FROM unnest(${rows.map((_, i) => i)}::int[], ${rows.map((p) => p.text)}::text[], ${rows.map((p) => p.start)}::int[],
                    ${rows.map((p) => p.end)}::int[], ${rows.map((p) => p.framing)}::"Framing"[], ${rows.map((p) => p.confidence)}::float8[],
                    ${rows.map((p) => p.speakerName ?? null)}::text[], ${rows.map((p) => p.speakerRole ?? null)}::"SpeakerRole"[])
             AS p(position, text, start_offset, end_offset, framing, confidence, speaker_name, speaker_role)
        RETURNING id, position
      ), vectors AS (
        INSERT INTO passage_terms (passage_id, term_ids, counts, tokens)
        SELECT i.id, v.term_ids::int[], v.counts::int[], v.tokens
        FROM inserted i JOIN unnest(${rows.map((_, i) => i)}::int[], ${vectors.map((v) => v.termIds)}::text[],
                                    ${vectors.map((v) => v.counts)}::text[], ${vectors.map((v) => v.tokens)}::int[])
                             AS v(position, term_ids, counts, tokens) ON v.position = i.position
        RETURNING 1
      )
      SELECT (SELECT COUNT(*) FROM vectors)::int AS stored`;
    await addStatsContribution(tx, outlet.id, publishedAt, statsContribution(input.passages));
    return { status: "added", articleId: article.id, passages: stored, ...(existing ? { sharesAddressWith: existing.sharesAddressWith } : {}) };
  }, { timeout: 60_000 });
}

type Reader = Pick<Prisma.TransactionClient, "article">;

/**
 * The stored article this one duplicates, if any: same normalised text, or same canonical address and mostly
 * the same text (an updated or differently trimmed copy). Same address but a different text means a page
 * with a careless canonical link (a section page, say): reported back so the new article is kept apart.
 */
async function findExisting(db: Reader, input: ArticleToSave): Promise<SaveResult | { sharesAddressWith: number } | null> {
  const select = { id: true, cleanedText: true, _count: { select: { passages: true } } } as const;
  const byContent = await db.article.findUnique({ where: { contentHash: input.contentHash }, select });
  if (byContent) return { status: "unchanged", articleId: byContent.id, passages: byContent._count.passages, duplicateOf: "content" };
  const byUrl = input.urlKey ? await db.article.findUnique({ where: { urlKey: input.urlKey }, select }) : null;
  if (!byUrl) return null;
  if (textOverlap(byUrl.cleanedText, input.cleanedText) < SAME_ARTICLE_OVERLAP) return { sharesAddressWith: byUrl.id };
  return { status: "unchanged", articleId: byUrl.id, passages: byUrl._count.passages, duplicateOf: "url" };
}

/** A passage's terms as array literals of dictionary ids and counts (surface forms of one stem summed). */
function termVector(terms: TermCount[], ids: Map<string, number>): { termIds: string; counts: string; tokens: number } {
  const counts = new Map<number, number>();
  let tokens = 0;
  for (const t of terms) {
    const id = ids.get(t.stem)!;
    counts.set(id, (counts.get(id) ?? 0) + t.count);
    if (t.n === 1) tokens += t.count;
  }
  return { termIds: `{${[...counts.keys()].join(",")}}`, counts: `{${[...counts.values()].join(",")}}`, tokens };
}
