// What an ingest job is: one input (an absolute path or a web address) with the metadata flags and fetch
// choice it was queued with. Job data comes back from the database as JSON, so it is parsed, not trusted.
import { z } from "zod";

/** pg-boss keeps its tables here, apart from the schema Prisma migrates: migrations never see them. */
export const QUEUE_SCHEMA = "pgboss";
export const INGEST_QUEUE = "ingest";

const meta = z.object({
  title: z.string().nullish(),
  outlet: z.string().nullish(),
  author: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().nullish(),
  language: z.string().nullish(),
});

export const ingestJobSchema = z.object({
  input: z.string().min(1),
  flags: meta.default({}),
  fetch: z.boolean().default(true),
});

export type IngestJob = z.infer<typeof ingestJobSchema>;
