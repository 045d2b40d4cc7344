-- Training attempts are read by the dashboard (the Review page's retrain status) like every other table, so a
-- write to them moves the data version too (lib/queries/getDataVersion.ts).
CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "training_attempt" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
