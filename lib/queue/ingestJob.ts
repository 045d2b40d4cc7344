// What an ingest job is: one input with the metadata flags and fetch choice it was queued with. The input is
// either an absolute path or a web address (queued by the CLI), or an upload carried in the job itself (queued
// from the browser: its bytes as base64, its file name and type), so any worker on any machine can read it
// without the web server's disk. Job data comes back from the database as JSON, so it is parsed, not trusted.
import { z } from "zod";
import { COLLECTION_NAME_PATTERN, COLLECTION_NAME_RULE } from "../collectionName";

/** pg-boss keeps its tables here, apart from the schema Prisma migrates: migrations never see them. */
export const QUEUE_SCHEMA = "pgboss";
export const INGEST_QUEUE = "ingest";

export const articleMetaSchema = z.object({
  title: z.string().nullish(),
  outlet: z.string().nullish(),
  author: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().nullish(),
  language: z.string().nullish(),
});

export const uploadSchema = z.object({
  /** the file's own name (no folders): its extension is a hint to the format, and it names the article's source */
  name: z.string().min(1).max(255),
  /** the type the browser gave, if any: kept for the record; the reader goes by the name and the content, as for a file */
  type: z.string().max(255).nullish(),
  base64: z.string(),
});
export type Upload = z.infer<typeof uploadSchema>;

/** A collection's name, checked wherever one comes in (the CLI, the API, a job read back from the queue). */
export const collectionNameSchema = z.string().regex(COLLECTION_NAME_PATTERN, COLLECTION_NAME_RULE);

// no collection: the default one when the job is read (a job queued before collections existed has none)
const common = { flags: articleMetaSchema.default({}), fetch: z.boolean().default(true), collection: collectionNameSchema.optional() };

export const ingestJobSchema = z.union([
  z.object({ upload: uploadSchema, ...common }),
  z.object({ input: z.string().min(1), ...common }),
]);

export type IngestJob = z.infer<typeof ingestJobSchema>;

/** A job's name for people: the file name, the address or the path. */
export function jobInputName(job: IngestJob): string {
  return "upload" in job ? job.upload.name : job.input;
}
