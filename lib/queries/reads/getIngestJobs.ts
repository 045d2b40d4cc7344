// Ingest jobs by id, from the queue's tables (pg-boss: waiting and recent jobs in `job`, jobs finished more
// than 12 hours ago in `archive` until pg-boss deletes them after 7 days). Reads the state and the worker's
// output; the job's data (an upload's bytes) is read only for the name of a job that has no output yet.
import { getPrisma, Prisma } from "../../db";
import { INGEST_QUEUE, QUEUE_SCHEMA } from "../../queue/ingestJob";

export interface IngestJobRow { id: string; state: string; output: unknown; name: string | null; collection: string | null; createdOn: Date; completedOn: Date | null }

export async function getIngestJobs(ids: string[]): Promise<IngestJobRow[]> {
  if (!ids.length) return [];
  const schema = Prisma.raw(QUEUE_SCHEMA);
  const select = (table: Prisma.Sql) => Prisma.sql`
    SELECT id::text AS id, state::text AS state, output, created_on AS "createdOn", completed_on AS "completedOn",
           CASE WHEN output IS NULL THEN COALESCE(data->'upload'->>'name', data->>'input') END AS name,
           data->>'collection' AS collection
    FROM ${schema}.${table} WHERE name = ${INGEST_QUEUE} AND id = ANY(${ids}::uuid[])`;
  return getPrisma().$queryRaw<IngestJobRow[]>`${select(Prisma.raw("job"))} UNION ALL ${select(Prisma.raw("archive"))}`;
}
