"use client";
// The "Add articles" form: addresses, files and a pasted text go to POST /api/ingest with the reviewer token;
// the queued jobs are then followed through GET /api/ingest/jobs until each has its outcome. The jobs' ids are
// kept in the page's address (?jobs=…), so a reload shows them again.
import { type FormEvent, useEffect, useState } from "react";
import type { CollectionChoice, IngestJobStatus } from "@/lib/views/ingestJobs.types";
import { IngestJobList, type JobView } from "./IngestJobList";
import { ReviewerTokenField, reviewerToken } from "./ReviewerControls";

const MB = 1024 * 1024;
const POLL_MS = 1500;

interface Props { initialJobs: string[]; extensions: string[]; maxInputMb: number; maxUploadMb: number; collections: CollectionChoice[] }

export function AddArticles({ initialJobs, extensions, maxInputMb, maxUploadMb, collections }: Props) {
  const [hasToken, setHasToken] = useState<boolean | null>(null);
  const [jobs, setJobs] = useState<JobView[]>(initialJobs.map((id) => ({ id, name: null, collection: null, state: "checking", articles: [] })));
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // sessionStorage exists only in the browser: read after the first render
  useEffect(() => setHasToken(Boolean(reviewerToken())), []);

  useEffect(() => {
    const open = jobs.filter((j) => j.state !== "done" && j.state !== "missing");
    if (!hasToken || !open.length) return;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/ingest/jobs?ids=${open.map((j) => j.id).join(",")}`, { headers: tokenHeader() }).catch(() => null);
      if (response?.status === 401) { setHasToken(false); setMessage("The reviewer token was refused: enter it again."); return; }
      const body = response?.ok ? await response.json() as { jobs: IngestJobStatus[]; missing: string[] } : null;
      // a failed poll (the server restarting) leaves the list as it is; the next one tries again
      setJobs((all) => all.map((j) => {
        if (!body) return { ...j };
        const found = body.jobs.find((s) => s.id === j.id);
        if (found) return { ...found, name: found.name ?? j.name };
        return body.missing.includes(j.id) ? { ...j, state: "missing" } : j;
      }));
    }, jobs.some((j) => j.state === "checking") ? 0 : POLL_MS);
    return () => clearTimeout(timer);
  }, [jobs, hasToken]);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const files = data.getAll("files").filter((f): f is File => typeof f !== "string" && f.name !== "");
    const problem = !reviewerToken() ? "Enter the reviewer token first."
      : files.filter((f) => f.size > maxInputMb * MB).map((f) => `${f.name} is too large (${(f.size / MB).toFixed(1)} MB; the limit is ${maxInputMb} MB per file).`)[0]
      ?? (files.reduce((n, f) => n + f.size, 0) > maxUploadMb * MB ? `These files are too large together (the limit is ${maxUploadMb} MB per submission): add them in parts.` : null);
    if (problem) { setMessage(problem); return; }
    setBusy(true);
    setMessage(null);
    const response = await fetch("/api/ingest", { method: "POST", headers: tokenHeader(), body: data }).catch(() => null);
    const body: unknown = await response?.json().catch(() => null);
    setBusy(false);
    if (response?.status !== 202) {
      if (response?.status === 401) setHasToken(false);
      setMessage(`Not added: ${errorOf(body) ?? (response ? `HTTP ${response.status}` : "the server did not answer")}`);
      return;
    }
    const queued = (body as { jobs: { id: string; name: string }[] }).jobs;
    const collection = chosenCollection(data);
    const next = [...queued.map((q): JobView => ({ id: q.id, name: q.name, collection, state: "queued", articles: [] })), ...jobs];
    setJobs(next);
    window.history.replaceState(null, "", `?jobs=${next.map((j) => j.id).join(",")}`);
    setMessage(`${queued.length} ${queued.length === 1 ? "input" : "inputs"} queued.`);
    form.reset();
  }

  return (
    <>
      <ReviewerTokenField onSaved={() => { setHasToken(true); setMessage(null); }} />
      {hasToken === false && <p className="hint" role="note">Enter the reviewer token to add articles and see their progress.</p>}
      <form className="add-articles" onSubmit={(e) => void submit(e)}>
        <fieldset className="collection-choice">
          <legend>Collection</legend>
          <label className="field">
            <span>Add to</span>
            <select name="collection" defaultValue={collections.find((c) => c.isDefault)?.name}>
              {collections.map((c) => <option key={c.name} value={c.name}>{c.name} ({c.articles} articles{c.isDefault ? ", default" : ""})</option>)}
            </select>
          </label>
          <label className="field">
            <span>Or a new collection (lowercase letters, digits, hyphens)</span>
            <input type="text" name="newCollection" pattern="[a-z0-9][a-z0-9\-]{0,59}" placeholder="new-subject" />
          </label>
        </fieldset>
        <label className="field">
          <span>Web addresses, one per line (pages or feeds)</span>
          <textarea name="addresses" rows={3} placeholder="https://example.org/news/story" />
        </label>
        <label className="field">
          <span>Files ({extensions.join(" ")}; up to {maxInputMb} MB each, {maxUploadMb} MB together)</span>
          <input type="file" name="files" multiple accept={extensions.join(",")} />
        </label>
        <fieldset>
          <legend>Or paste a text</legend>
          <label className="field"><span>Title</span><input type="text" name="title" /></label>
          <label className="field"><span>Outlet</span><input type="text" name="outlet" /></label>
          <label className="field"><span>Date</span><input type="date" name="published" /></label>
          <label className="field"><span>Address of the original</span><input type="url" name="url" placeholder="https://…" /></label>
          <label className="field wide"><span>Text (paragraphs separated by blank lines)</span><textarea name="text" rows={8} /></label>
        </fieldset>
        <button type="submit" disabled={busy}>{busy ? "Sending…" : "Add articles"}</button>
        {message && <p role="status" className="add-message">{message}</p>}
      </form>
      <IngestJobList jobs={jobs} />
    </>
  );
}

/** The collection the form names: a new name typed wins over the list's choice (as the server reads it). */
function chosenCollection(data: FormData): string | null {
  const typed = data.get("newCollection");
  const picked = data.get("collection");
  return (typeof typed === "string" && typed.trim()) || (typeof picked === "string" && picked) || null;
}

function tokenHeader(): Record<string, string> {
  return { "x-reviewer-token": reviewerToken() };
}

function errorOf(body: unknown): string | null {
  return typeof body === "object" && body && "error" in body ? String(body.error) : null;
}
