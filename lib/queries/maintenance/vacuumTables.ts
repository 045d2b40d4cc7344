// After a bulk import, before serving: VACUUM marks the new rows all-visible, so that counts and lookups can
// be answered from indexes alone, and ANALYZE gives the planner the tables' real sizes. Autovacuum does both
// in the background when it is on; on a server where it is off (as on the one this was measured on) nothing
// else will.
import { getPrisma } from "../../db";
import { TABLES_INGEST_FILLS } from "./analyzeTables";

export async function vacuumTables(): Promise<void> {
  await getPrisma().$executeRaw`VACUUM (ANALYZE) ${TABLES_INGEST_FILLS}`;
}
