-- Which outlet-months each transaction changed the statistics of, so that a server's statistics cube
-- (lib/queries/refreshStatsCube.ts) re-reads only those cells after a write instead of every row. A cell's
-- term rows change only with its passage_stat row (ingestion adds passages, relabelling moves them between
-- framings of one outlet-month, both in one transaction), so a row trigger there records them. A phrase fold
-- counts phrases into cells whose passages did not change; it, a rebuild and a TRUNCATE record the marker
-- (outlet 0, month 0001-01-01): every cell.
CREATE TABLE "stats_cell_change" (
    "xid" BIGINT NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    "outlet_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    CONSTRAINT "stats_cell_change_pkey" PRIMARY KEY ("xid", "outlet_id", "month")
);

CREATE FUNCTION note_stats_cell_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO stats_cell_change (outlet_id, month) VALUES (OLD.outlet_id, OLD.month) ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO stats_cell_change (outlet_id, month) VALUES (NEW.outlet_id, NEW.month) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION note_all_stats_cells_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stats_cell_change (outlet_id, month) VALUES (0, DATE '0001-01-01') ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER note_stats_cell_change AFTER INSERT OR UPDATE OR DELETE ON "passage_stat"
  FOR EACH ROW EXECUTE FUNCTION note_stats_cell_change();
CREATE TRIGGER note_all_stats_cells_change AFTER TRUNCATE ON "passage_stat" FOR EACH STATEMENT EXECUTE FUNCTION note_all_stats_cells_change();
CREATE TRIGGER note_all_stats_cells_change AFTER TRUNCATE ON "term_stat" FOR EACH STATEMENT EXECUTE FUNCTION note_all_stats_cells_change();
CREATE TRIGGER note_all_stats_cells_change AFTER TRUNCATE ON "phrase_stat" FOR EACH STATEMENT EXECUTE FUNCTION note_all_stats_cells_change();
