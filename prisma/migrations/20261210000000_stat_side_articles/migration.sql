-- Exact article counts for a side of several framings (lib/analysis/sideArticles.ts): beside the articles
-- using a term in a framing, each statistics row keeps those of them using it in no other framing, and those
-- using it in no passage of the previous framing (testimony before official, official before critical,
-- critical before testimony). Existing rows are counted here from the passages, as rebuildStats counts them.
ALTER TABLE "term_stat" ADD COLUMN "articles_only" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "articles_without_previous" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "phrase_stat" ADD COLUMN "articles_only" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "articles_without_previous" INTEGER NOT NULL DEFAULT 0;

-- per article and term: the framings it uses the term in, as bits (official 1, critical 2, testimony 4), and
-- the outlet and month of its passages (one of each per article)
CREATE TEMP TABLE article_term_use AS
SELECT p.article_id, u.term_id, MIN(p.outlet_id) AS outlet_id,
       MIN(COALESCE(date_trunc('month', p.published_at)::date, DATE '1900-01-01')) AS month,
       bit_or(CASE p.framing WHEN 'official' THEN 1 WHEN 'critical' THEN 2 ELSE 4 END) AS used_in
FROM passage p JOIN passage_terms v ON v.passage_id = p.id CROSS JOIN LATERAL unnest(v.term_ids) AS u(term_id)
GROUP BY p.article_id, u.term_id;

-- one row per article, term and framing it uses the term in, with the article's two new columns
CREATE TEMP TABLE article_term_columns AS
SELECT f.framing, a.outlet_id, a.month, d.stem, d.n,
       (a.used_in = f.bit)::int AS articles_only, (a.used_in & f.previous_bit = 0)::int AS articles_without_previous
FROM article_term_use a
JOIN term d ON d.id = a.term_id
CROSS JOIN (VALUES ('official'::"Framing", 1, 4), ('critical'::"Framing", 2, 1), ('testimony'::"Framing", 4, 2)) AS f(framing, bit, previous_bit)
WHERE a.used_in & f.bit <> 0;

-- summed at the four grains (lib/queries/stats/statGrains.ts) into the rows that exist
CREATE TEMP TABLE stat_side_articles AS
SELECT framing, COALESCE(outlet_id, 0) AS outlet_id, COALESCE(month, DATE '0001-01-01') AS month, stem, MIN(n) AS n,
       SUM(articles_only)::int AS articles_only, SUM(articles_without_previous)::int AS articles_without_previous
FROM article_term_columns
GROUP BY GROUPING SETS ((framing, outlet_id, month, stem), (framing, month, stem), (framing, outlet_id, stem), (framing, stem));

UPDATE "term_stat" s SET articles_only = c.articles_only, articles_without_previous = c.articles_without_previous
FROM stat_side_articles c
WHERE c.n = 1 AND s.framing = c.framing AND s.outlet_id = c.outlet_id AND s.month = c.month AND s.stem = c.stem;

UPDATE "phrase_stat" s SET articles_only = c.articles_only, articles_without_previous = c.articles_without_previous
FROM stat_side_articles c
WHERE c.n > 1 AND s.framing = c.framing AND s.outlet_id = c.outlet_id AND s.month = c.month AND s.stem = c.stem;

DROP TABLE article_term_use, article_term_columns, stat_side_articles;

-- every statistics cell changed: a server's cube loads again whole (lib/queries/stats/refreshStatsCube.ts)
INSERT INTO stats_cell_change (outlet_id, month) VALUES (0, DATE '0001-01-01') ON CONFLICT DO NOTHING;
