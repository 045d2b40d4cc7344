// Text reuse recomputed for every passage, as if the articles were ingested again in the order they were:
// for a database whose passages predate reuse detection (`npm run rebuild-reuse`), after changing its
// parameters, and as the integration tests' oracle for what ingest keeps incrementally.
import { getPrisma } from "../../db";
import { type ReuseParameters, reuseParameters } from "../../reuse/reuseParameters";
import { addReuse, type ReusePassageRow } from "./addReuse";
import { lockReuse } from "./lockReuse";

/** Passages per transaction, whole articles at a time. */
const BATCH = 2_000;

export async function rebuildReuse(params: ReuseParameters = reuseParameters(), onProgress?: (passages: number) => void): Promise<{ passages: number; links: number }> {
  const prisma = getPrisma();
  await prisma.$transaction(async (tx) => {
    await lockReuse(tx);
    await tx.$executeRaw`TRUNCATE reuse_fingerprint, reuse_boilerplate, reuse_link, reuse_cluster, reuse_member`;
  });
  // articles stored while this runs find their reuse themselves, against what is rebuilt so far; the passages
  // rebuilt after them find them in turn
  const [{ last, perArticle }] = await prisma.$queryRaw<{ last: number; perArticle: number }[]>`
    SELECT COALESCE(max(id), 0)::int AS last,
           GREATEST(1, (SELECT count(*) FROM passage) / GREATEST(1, count(*)))::int AS "perArticle" FROM article`;
  const articlesPerBatch = Math.max(1, Math.floor(BATCH / perArticle));
  let afterArticle = 0;
  let passages = 0;
  let links = 0;
  for (;;) {
    const rows = await prisma.$queryRaw<ReusePassageRow[]>`
      SELECT p.id, p.article_id AS "articleId", p.outlet_id AS "outletId", p.published_at AS "publishedAt", p.text
      FROM passage p
      WHERE p.article_id IN (SELECT a.id FROM article a WHERE a.id > ${afterArticle} AND a.id <= ${last} ORDER BY a.id LIMIT ${articlesPerBatch})
      ORDER BY p.article_id, p.id`;
    if (!rows.length) break;
    const added = await prisma.$transaction((tx) => addReuse(tx, rows, params), { timeout: 600_000 });
    links += added.links;
    passages += rows.length;
    afterArticle = rows[rows.length - 1].articleId;
    onProgress?.(passages);
  }
  return { passages, links };
}
