// One article (or a batch of them), its passages and their term counts, written in one transaction — or nothing at all. An
// article already stored (same normalised text, or same canonical address) is left as it is.
import { getPrisma, Prisma } from "../../db";
import type { TermCount } from "../../analysis/terms";
import { textOverlap } from "../../ingest/textOverlap";
import { statsContribution } from "../../analysis/statsContribution";
import { addStatsContributions, batchStats } from "../stats/addStatsContribution";
import { isDeadlock } from "./withDeadlockRetry";
import { addPhraseSightings } from "../stats/addPhraseSightings";
import { addTermTotals } from "../stats/addTermTotals";
import { findCountedPhrases } from "../stats/findCountedPhrases";
import { notePendingSightings } from "../stats/notePendingSightings";
import type { TermOccurrences } from "../stats/termOccurrences";
import { termId } from "../../analysis/termId";
import { foldPhraseSightings } from "../stats/foldPhraseSightings";
import { compactDataChanges } from "../maintenance/compactDataChanges";
import type { FramingLabel } from "../../classify/labels";
import type { SpeakerRole } from "../../classify/speakerRoles";
import { getEnv } from "../../env";
import { addReuse } from "../reuse/addReuse";
import { collectionIdFor, joinCollection } from "./collections";
import { judgeJoining, type OffTopicReport, verdictOnResult, wordsOfPassages } from "../offTopic";

export interface ArticleToSave {
  title: string;
  byline: string | null;
  outlet: string;
  /** the site's name as the source gives it (the outlet may be named otherwise by the user) */
  siteName?: string | null;
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
  /** the collection it goes to (created if new); the default collection when absent */
  collection?: string;
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
  /** the collection it is now in, and whether this save put it there: an article already stored joins a collection it was not in */
  collection: string;
  joinedCollection?: boolean;
  /** the collection was created by this save */
  createdCollection?: boolean;
} & OffTopicReport;

/** Share of the shorter text found in the longer above which two texts at one address are one article. */
const SAME_ARTICLE_OVERLAP = 0.5;

const ATTEMPTS = 3;

export async function saveArticle(input: ArticleToSave): Promise<SaveResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await saveArticles([input]))[0];
    } catch (e) {
      // Another writer stored the same article (content hash or address) or created the same outlet first:
      // our transaction rolled back whole. Look again; if the article is there it is unchanged, else retry.
      if (isDeadlock(e) && attempt < ATTEMPTS) continue; // statistics rows locked in another order: retry
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e;
      // the retry finds it stored, and puts it in this collection if it is not there yet
      if (attempt >= ATTEMPTS) throw e;
    }
  }
}

/**
 * Several articles in one transaction: all of them stored, or none (a bulk import then saves that batch one
 * article at a time, so that one bad article loses only itself). One transaction per batch is what lets
 * the statistics rows every article shares be updated once per batch.
 */
export async function saveArticles(inputs: ArticleToSave[]): Promise<SaveResult[]> {
  const results = await saveInOneTransaction(inputs);
  // phrases these articles brought to PHRASE_MIN_COUNT enter the statistics now, or at a later fold once the
  // waiting phrases are many (lib/queries/foldPhraseSightings)
  if (results.some((r) => r.status === "added")) await foldPhraseSightings();
  // every transaction that wrote here left a row in data_change, summed by every dashboard read
  await compactDataChanges();
  return results;
}

async function saveInOneTransaction(inputs: ArticleToSave[]): Promise<SaveResult[]> {
  return getPrisma().$transaction(async (tx) => {
    // A batch's statistics cells are summed to four grains and sorted in one statement: in memory, not on
    // disk. JIT compilation costs more than it saves in these short statements.
    await tx.$executeRaw`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`;
    const results: SaveResult[] = [];
    const stored: StoredArticle[] = [];
    const outlets = new Map<string, number>();
    const collections = new Map<string | undefined, Awaited<ReturnType<typeof collectionIdFor>>>();
    const collectionOf = async (name: string | undefined) => {
      const known = collections.get(name);
      if (known) return known;
      const found = await collectionIdFor(tx, name);
      collections.set(name, found);
      collections.set(found.name, { ...found, created: false });
      return found;
    };
    // articles stored before this batch, to be put in a collection they are not in yet: after the batch's own rows
    const joining = new Map<number, number[]>();
    for (const input of inputs) {
      const collection = await collectionOf(input.collection);
      const inCollection = { collection: collection.name, ...(collection.created ? { createdCollection: true } : {}) };
      const existing = await findExisting(tx, input);
      if (existing && "status" in existing) {
        // a copy of an article earlier in this batch: its passages are not written yet
        const earlier = stored.find((a) => a.articleId === existing.articleId);
        if (earlier) {
          if (!earlier.collectionIds.includes(collection.id)) earlier.collectionIds.push(collection.id);
          results.push({ ...existing, passages: earlier.input.passages.length, ...inCollection, joinedCollection: true });
          continue;
        }
        const already = await isMember(tx, existing.articleId, collection.id) || joining.get(collection.id)?.includes(existing.articleId);
        if (!already) joining.set(collection.id, [...(joining.get(collection.id) ?? []), existing.articleId]);
        results.push({ ...existing, ...inCollection, ...(already ? {} : { joinedCollection: true }) });
        continue;
      }
      const publishedAt = input.publishedAt ? new Date(`${input.publishedAt.slice(0, 10)}T00:00:00Z`) : null;
      if (publishedAt && Number.isNaN(publishedAt.getTime())) throw new Error(`published date "${input.publishedAt}" is not a date`);
      let outletId = outlets.get(input.outlet);
      if (outletId === undefined) {
        outletId = await outletIdFor(tx, input.outlet);
        outlets.set(input.outlet, outletId);
      }
      const article = await tx.article.create({
        data: {
          title: input.title, byline: input.byline, outletId, siteName: input.siteName ?? null, url: input.url, publishedAt,
          // a different article already holds this address key: store this one without it
          urlKey: existing ? null : input.urlKey ?? null,
          language: input.language, contentHash: input.contentHash, sourceFile: input.sourceFile, cleanedText: input.cleanedText,
        },
        select: { id: true },
      });
      stored.push({ input, articleId: article.id, outletId, publishedAt, collectionIds: [collection.id] });
      results.push({
        status: "added", articleId: article.id, passages: input.passages.length, ...inCollection, joinedCollection: true,
        ...(existing ? { sharesAddressWith: existing.sharesAddressWith } : {}),
      });
    }
    // rare (an article already stored, sent to another collection): counted there before this batch's rows
    for (const [collectionId, articleIds] of joining) await joinCollection(tx, articleIds, collectionId);
    if (stored.length) {
      // The batch's own rows first, the rows every batch shares (common words' totals, the coarse statistics
      // grains, surface forms, the sightings' count) last: a second batch in flight writes its passages and
      // finest statistics while the first holds the shared rows, instead of queueing behind it from the start.
      // Each step locks rows in key order and every batch takes the steps in this order, so batches wait for
      // each other but do not deadlock. Relabelling (applyArticleStats) follows the same order; the cycles it
      // can still close, taking out an article's old framings and then adding its new ones, are retried.
      await tx.$executeRaw`
        INSERT INTO article_collection (collection_id, article_id)
        SELECT * FROM unnest(${stored.flatMap((a) => a.collectionIds)}::int[], ${stored.flatMap((a) => a.collectionIds.map(() => a.articleId))}::int[])`;
      const terms = occurrences(stored);
      const countedPhrases = await findCountedPhrases(tx, terms);
      const vectors = stored.map((a) => a.input.passages.map((p) => passageVector(p.terms)));
      const passageIds = await insertPassages(tx, stored, vectors, terms);
      const sightings = waitingPhrases(stored, vectors, passageIds, countedPhrases, terms);
      await addPhraseSightings(tx, sightings);
      const stats = batchStats(stored.map((a) => ({ collectionIds: a.collectionIds, outletId: a.outletId, publishedAt: a.publishedAt, contribution: statsContribution(a.input.passages) })), countedPhrases);
      await addStatsContributions(tx, stats, "finest");
      await addTermTotals(tx, terms, countedPhrases);
      await addStatsContributions(tx, stats, "shared");
      await notePendingSightings(tx, sightings.length);
      // judged against each collection before joining its profile (docs/decisions/013-off-topic-articles.md)
      const verdicts = await judgeJoining(tx, stored.flatMap((a) => a.collectionIds.map((collectionId) => ({
        articleId: a.articleId, collectionId, collection: [...collections.values()].find((c) => c.id === collectionId)!.name,
        terms: wordsOfPassages(a.input.passages, (stem) => terms.get(stem)!.id),
      }))));
      for (const r of results) {
        if (r.joinedCollection) Object.assign(r, verdictOnResult(verdicts.get(`${r.articleId}:${collections.get(r.collection)!.id}`)));
      }
      // Text reuse last, under its lock (lib/queries/reuse/lockReuse.ts), held to the commit: taken after the
      // shared statistics rows, which already make batches take turns, so it adds no wait of its own.
      if (getEnv().REUSE_DETECTION === "on") await addReuse(tx, reuseRows(stored, passageIds));
    }
    return results;
  }, { timeout: 120_000 });
}

/** Each term's id and occurrences in the articles being stored. */
function occurrences(articles: StoredArticle[]): Map<string, TermOccurrences> {
  const added = new Map<string, TermOccurrences>();
  for (const a of articles) for (const p of a.input.passages) for (const t of p.terms) {
    const row = added.get(t.stem);
    if (row) row.count += t.count;
    else added.set(t.stem, { id: termId(t.stem), n: t.n, count: t.count });
  }
  return added;
}

interface StoredArticle { input: ArticleToSave; articleId: number; outletId: number; publishedAt: Date | null; collectionIds: number[] }

async function isMember(tx: Prisma.TransactionClient, articleId: number, collectionId: number): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM article_collection WHERE article_id = ${articleId} AND collection_id = ${collectionId}`;
  return rows.length > 0;
}

/** The stored passages as reuse detection reads them. */
function reuseRows(articles: StoredArticle[], passageIds: Map<string, number>) {
  return articles.flatMap((a) => a.input.passages.map((p, position) => ({
    id: passageIds.get(`${a.articleId}:${position}`)!, articleId: a.articleId, outletId: a.outletId, publishedAt: a.publishedAt, text: p.text,
  })));
}

/** The phrases of the stored passages not in the dictionary: one row per phrase and passage. */
function waitingPhrases(articles: StoredArticle[], vectors: PassageVector[][], passageIds: Map<string, number>, counted: Set<string>, terms: Map<string, TermOccurrences>) {
  const rows: { id: string; stem: string; n: number; passageId: number; count: number }[] = [];
  articles.forEach((a, i) => vectors[i].forEach((v, position) => {
    const passageId = passageIds.get(`${a.articleId}:${position}`)!;
    for (const [stem, count] of v.phrases) {
      if (counted.has(stem)) continue;
      const { id, n } = terms.get(stem)!;
      rows.push({ id, stem, n, passageId, count });
    }
  }));
  return rows;
}

/**
 * Every passage of the articles and its term vector, in one statement; arrays travel as text literals.
 * The new passages' ids by "articleId:position".
 */
async function insertPassages(
  tx: Prisma.TransactionClient, articles: StoredArticle[], vectors: PassageVector[][], terms: Map<string, TermOccurrences>,
): Promise<Map<string, number>> {
  const rows = articles.flatMap((a, i) => a.input.passages.map((p, position) => ({ a, p, position, vector: vectorLiterals(vectors[i][position], terms) })));
  const ids = await tx.$queryRaw<{ id: number; article_id: number; position: number }[]>`
    WITH inserted AS (
      INSERT INTO passage (article_id, position, text, start_offset, end_offset, framing, confidence, label_source, model_version, outlet_id, published_at,
                           model_framing, model_confidence, speaker_name, speaker_role)
      SELECT p.article_id, p.position, p.text, p.start_offset, p.end_offset, p.framing, p.confidence, 'model', p.model_version, p.outlet_id, p.published_at,
             p.framing, p.confidence, p.speaker_name, p.speaker_role
      FROM unnest(${rows.map((r) => r.a.articleId)}::int[], ${rows.map((r) => r.position)}::int[], ${rows.map((r) => r.p.text)}::text[],
                  ${rows.map((r) => r.p.start)}::int[], ${rows.map((r) => r.p.end)}::int[], ${rows.map((r) => r.p.framing)}::"Framing"[],
                  ${rows.map((r) => r.p.confidence)}::float8[], ${rows.map((r) => r.a.input.modelVersion)}::int[], ${rows.map((r) => r.a.outletId)}::int[],
                  ${rows.map((r) => r.a.publishedAt?.toISOString().slice(0, 10) ?? null)}::date[], ${rows.map((r) => r.p.speakerName ?? null)}::text[],
                  ${rows.map((r) => r.p.speakerRole ?? null)}::"SpeakerRole"[])
           AS p(article_id, position, text, start_offset, end_offset, framing, confidence, model_version, outlet_id, published_at, speaker_name, speaker_role)
      RETURNING id, article_id, position
    ), vectors AS (
      INSERT INTO passage_terms (passage_id, term_ids, counts, words, tokens)
      SELECT i.id, v.term_ids::bigint[], v.counts::int[], v.words, v.tokens
      FROM inserted i JOIN unnest(${rows.map((r) => r.a.articleId)}::int[], ${rows.map((r) => r.position)}::int[], ${rows.map((r) => r.vector.termIds)}::text[],
                                  ${rows.map((r) => r.vector.counts)}::text[], ${rows.map((r) => r.vector.words)}::int[], ${rows.map((r) => r.vector.tokens)}::int[])
                           AS v(article_id, position, term_ids, counts, words, tokens) ON v.article_id = i.article_id AND v.position = i.position
    )
    SELECT id, article_id, position FROM inserted`;
  return new Map(ids.map((r) => [`${r.article_id}:${r.position}`, r.id]));
}

/**
 * The outlet's id, the outlet created if it is new. Not Prisma's upsert (a read, then an insert): two writers
 * creating one outlet must not collide. The row is held with a key share lock, so that deleting an outlet's last
 * article (deleteArticles) leaves it to this article rather than deleting it under the insert; one deleted
 * between the two statements is created again.
 */
async function outletIdFor(tx: Prisma.TransactionClient, name: string): Promise<number> {
  for (;;) {
    await tx.$executeRaw`INSERT INTO outlet (name) VALUES (${name}) ON CONFLICT (name) DO NOTHING`;
    const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM outlet WHERE name = ${name} FOR KEY SHARE`;
    if (row) return row.id;
  }
}

type Reader = Pick<Prisma.TransactionClient, "article">;
type Found = Omit<SaveResult, "collection">;

/**
 * The stored article this one duplicates, if any: same normalised text, or same canonical address and mostly
 * the same text (an updated or differently trimmed copy). Same address but a different text means a page
 * with a careless canonical link (a section page, say): reported back so the new article is kept apart.
 */
async function findExisting(db: Reader, input: ArticleToSave): Promise<Found | { sharesAddressWith: number } | null> {
  const select = { id: true, cleanedText: true, _count: { select: { passages: true } } } as const;
  const byContent = await db.article.findUnique({ where: { contentHash: input.contentHash }, select });
  if (byContent) return { status: "unchanged", articleId: byContent.id, passages: byContent._count.passages, duplicateOf: "content" };
  const byUrl = input.urlKey ? await db.article.findUnique({ where: { urlKey: input.urlKey }, select }) : null;
  if (!byUrl) return null;
  if (textOverlap(byUrl.cleanedText, input.cleanedText) < SAME_ARTICLE_OVERLAP) return { sharesAddressWith: byUrl.id };
  return { status: "unchanged", articleId: byUrl.id, passages: byUrl._count.passages, duplicateOf: "url" };
}

/** A passage's words and phrases by stem, surface forms of one stem summed, and its content-word tokens. */
interface PassageVector { words: Map<string, number>; phrases: Map<string, number>; tokens: number }

function passageVector(terms: TermCount[]): PassageVector {
  const v: PassageVector = { words: new Map(), phrases: new Map(), tokens: 0 };
  for (const t of terms) {
    const into = t.n === 1 ? v.words : v.phrases;
    into.set(t.stem, (into.get(t.stem) ?? 0) + t.count);
    if (t.n === 1) v.tokens += t.count;
  }
  return v;
}

/** A passage's vector as array literals of term ids and counts, single words first. */
function vectorLiterals(v: PassageVector, ids: Map<string, TermOccurrences>): { termIds: string; counts: string; words: number; tokens: number } {
  const termIds = [...v.words.keys(), ...v.phrases.keys()].map((stem) => ids.get(stem)!.id);
  const counts = [...v.words.values(), ...v.phrases.values()];
  return { termIds: `{${termIds.join(",")}}`, counts: `{${counts.join(",")}}`, words: v.words.size, tokens: v.tokens };
}
