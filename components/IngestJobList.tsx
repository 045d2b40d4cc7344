"use client";
// Each queued input with its state, and once read, each of its articles (a feed or a spreadsheet holds several):
// added or unchanged with a link to the article and the collection it is in, or failed with the reason.
import Link from "next/link";
import type { ArticleOutcome, IngestJobStatus } from "@/lib/views/ingestJobs.types";

export type JobView = Pick<IngestJobStatus, "id" | "name" | "collection" | "articles"> & { state: IngestJobStatus["state"] | "checking" | "missing" };

const STATE_TEXT: Record<Exclude<JobView["state"], "done">, string> = {
  checking: "checking…",
  queued: "queued: waiting for a worker",
  reading: "reading…",
  missing: "no longer in the queue (jobs are kept for 7 days)",
};

export function IngestJobList({ jobs }: { jobs: JobView[] }) {
  if (!jobs.length) return null;
  const counts = jobs.flatMap((j) => j.articles).reduce((c, a) => {
    c[a.status] = (c[a.status] ?? 0) + 1;
    return c;
  }, {} as Record<string, number>);
  const waiting = jobs.filter((j) => j.state !== "done" && j.state !== "missing").length;
  return (
    <section aria-labelledby="ingest-progress">
      <h2 id="ingest-progress">Progress</h2>
      <p className="hint" data-testid="ingest-summary">
        {counts.added ?? 0} added, {counts.unchanged ?? 0} unchanged, {counts.failed ?? 0} failed
        {waiting ? `; ${waiting} still to read` : ""}
      </p>
      <ul className="ingest-jobs" aria-live="polite">
        {jobs.map((job) => (
          <li key={job.id} data-testid="ingest-job" data-state={job.state}>
            {job.state !== "done" && <><span className="job-name">{job.name ?? `job ${job.id.slice(0, 8)}`}</span>{" "}
              <span className="job-state">{STATE_TEXT[job.state]}</span>
              {job.collection && <span className="hint" data-testid="job-collection"> for &apos;{job.collection}&apos;</span>}</>}
            {job.articles.length > 0 && <ul>{job.articles.map((a, i) => <Outcome key={i} a={a} />)}</ul>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Outcome({ a }: { a: ArticleOutcome }) {
  return (
    <li data-testid="ingest-outcome" data-status={a.status}>
      <span className={`outcome ${a.status}`}>{a.status}</span> <span className="job-name">{a.file}</span>
      {a.status === "failed"
        ? <>: <span className="reason">{a.error}</span></>
        : <>: <Link href={`/articles/${a.articleId}`}>{a.title}</Link> <span className="hint">({a.passages} passages{a.status === "unchanged" ? ", already stored" : ""}{a.collection ? `, in '${a.collection}'` : ""}{a.note ? `; ${a.note}` : ""})</span></>}
    </li>
  );
}
