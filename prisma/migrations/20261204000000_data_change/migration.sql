-- The version of the data, for remembered dashboard answers (lib/queries/getDataVersion.ts). Until now they were
-- keyed by pg_current_snapshot(), which moves with a write anywhere in the cluster: tests, a second app or a
-- bench in another database of the same server emptied the memory many times a second. Here each transaction
-- that writes to one of this database's tables adds its id once; the rows a reader sees change exactly when
-- such a transaction commits. Writers add different rows, so they never wait for each other.
CREATE TABLE "data_change" ("xid" BIGINT NOT NULL PRIMARY KEY);

CREATE FUNCTION note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO data_change (xid) VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('data_change', '_prisma_migrations') LOOP
    EXECUTE format('CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION note_data_change()', t);
  END LOOP;
END $$;
