// What POST /api/ingest accepts, as JSON or as a multipart form (the "Add articles" page): web addresses, files
// (their bytes as base64 in JSON), and a pasted text with its title, outlet, date and address. Both shapes are
// checked by one zod schema, so a bad field is a 400 that names it either way.
import { z } from "zod";
import type { ArticleMeta } from "../ingest/types";
import type { Upload } from "../queue/ingestJob";
import { collectionNameSchema, uploadSchema } from "../queue/ingestJob";

const httpAddress = z.string().trim().max(2000).refine((s) => /^https?:\/\/[^\s/]+/i.test(s) && URL.canParse(s), "not an http(s) address");
const optional = <T extends z.ZodTypeAny>(s: T) => z.preprocess((v) => (typeof v === "string" && !v.trim() ? undefined : v), s.optional());

export const pastedTextSchema = z.object({
  text: z.string().refine((s) => s.trim().length > 0, "the text is empty"),
  title: z.string().trim().min(1, "a pasted text needs a title").max(500),
  outlet: optional(z.string().trim().max(200)),
  published: optional(z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD")),
  url: optional(httpAddress),
});

export const ingestRequestSchema = z.object({
  addresses: z.array(httpAddress).max(500).default([]),
  files: z.array(uploadSchema).max(200).default([]),
  text: pastedTextSchema.optional(),
  /** false: never fetch pages for feed items, address lists or url-only rows (the CLI's --no-fetch) */
  fetch: z.boolean().default(true),
  /** the collection the articles go to, created if new; the default collection when absent */
  collection: optional(collectionNameSchema),
}).refine((r) => r.addresses.length + r.files.length + (r.text ? 1 : 0) > 0, { message: "nothing to add: give addresses, files or a text", path: ["addresses"] });

export type IngestRequest = z.infer<typeof ingestRequestSchema>;

/** One job per address, per file, and one for the pasted text (as a .txt upload with its metadata). */
export function jobsOfRequest(r: IngestRequest): { input: string | Upload; flags: ArticleMeta }[] {
  const jobs: { input: string | Upload; flags: ArticleMeta }[] = [
    ...r.addresses.map((a) => ({ input: a, flags: {} })),
    ...r.files.map((f) => ({ input: f, flags: {} })),
  ];
  if (r.text) {
    const { text, title, outlet, published, url } = r.text;
    // the headline on the first line, then the text: how a .txt article is written
    const upload = { name: "pasted text.txt", type: "text/plain", base64: Buffer.from(`${title}\n\n${text}`, "utf8").toString("base64") };
    jobs.push({ input: upload, flags: { title, outlet: outlet ?? null, published: published ?? null, url: url ?? null } });
  }
  return jobs;
}

/** The page's form → the same shape as the JSON body: addresses one per line, files as base64. */
export async function formToIngestRequest(form: FormData): Promise<unknown> {
  const text = (name: string) => { const v = form.get(name); return typeof v === "string" ? v : undefined; };
  const files = await Promise.all(form.getAll("files").filter((f): f is File => typeof f !== "string" && f.name !== "")
    .map(async (f) => ({ name: f.name.replace(/^.*[\\/]/, ""), type: f.type || null, base64: Buffer.from(await f.arrayBuffer()).toString("base64") })));
  const pasted = text("text");
  return {
    addresses: (text("addresses") ?? "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#")),
    files,
    text: pasted?.trim() ? { text: pasted, title: text("title") ?? "", outlet: text("outlet"), published: text("published"), url: text("url") } : undefined,
    fetch: text("fetch") !== "off",
    // a new name typed beside the list of existing collections wins over the list's choice
    collection: text("newCollection")?.trim() || text("collection"),
  };
}
