// A queued input as the "Add articles" page follows it (GET /api/ingest/jobs), as plain types for the components.

/** What became of one article of a job: added or already stored (with its article and the collection it is in now), or failed with the reason. */
export type ArticleOutcome =
  | { file: string; status: "added" | "unchanged"; title: string; articleId: number; passages: number; collection?: string; note?: string }
  | { file: string; status: "failed"; error: string };

export interface IngestJobStatus {
  id: string;
  /** queued: waiting for a worker; reading: a worker has it; done: every article has its outcome */
  state: "queued" | "reading" | "done";
  /** the file name or address, while the job has no outcome yet */
  name: string | null;
  /** the collection the job was queued for; null: the default collection */
  collection: string | null;
  articles: ArticleOutcome[];
  createdAt: string;
  completedAt: string | null;
}

/** A collection the "Add articles" form offers; the default one is preselected. */
export interface CollectionChoice { name: string; isDefault: boolean; articles: number }
