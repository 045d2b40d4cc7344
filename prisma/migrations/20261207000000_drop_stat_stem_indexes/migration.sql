-- The stem indexes of the term statistics cost ingestion more than they serve reads: every statistics row a
-- batch inserts went into a second B-tree keyed by text, at random. Loading 100,000 synthetic passages went from
-- 297 to 356 passages/s without them (the last quarter 251 to 333/s, the gap widening as the tables grow), and
-- the dashboard reads these tables through the in-memory statistics cube; the SQL paths used until it loads
-- reach a stem through the primary key (outlet_id, month, framing, stem) instead, by a skip scan on
-- PostgreSQL 18 (term_stat_stem_idx was not used once in a 100,000-passage benchmark).
DROP INDEX IF EXISTS "term_stat_stem_idx";
DROP INDEX IF EXISTS "phrase_stat_stem_idx";
