// Add articles from the browser: web addresses, files of every kind the CLI reads, or a pasted text. They are
// queued (POST /api/ingest) for the collection chosen and read by the server's worker; the page follows each input to its outcome. Writes
// need the reviewer token; without REVIEWER_TOKEN configured the page says how to enable them.
import { AddArticles } from "@/components/AddArticles";
import { getEnv } from "@/lib/env";
import { INPUT_EXTENSIONS } from "@/lib/ingest/readers/readInputBytes";
import { BadParameter } from "@/components/BadParameter";
import { type PageSearchParams, parseAddParams, toRecord } from "@/lib/viewParams";
import { addArticlesCollections } from "@/lib/views/addArticles";

export default async function AddPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const parsed = parseAddParams(toRecord(await searchParams));
  const { REVIEWER_TOKEN, MAX_INPUT_MB, MAX_UPLOAD_MB } = getEnv();
  return (
    <>
      <h1>Add articles</h1>
      {!parsed.ok && <BadParameter error={parsed.error} path="/add" />}
      {REVIEWER_TOKEN
        ? <AddArticles initialJobs={parsed.ok ? parsed.value.jobs : []} extensions={INPUT_EXTENSIONS} collections={await addArticlesCollections()}
            maxInputMb={MAX_INPUT_MB} maxUploadMb={MAX_UPLOAD_MB} />
        : <p className="read-only" role="note">
            Read-only: articles cannot be added here because no reviewer token is configured. To enable it, set
            {" "}<code>REVIEWER_TOKEN</code> (at least 8 characters) in the server&apos;s environment and restart the
            server; or add articles from the command line with <code>npm run ingest</code>.
          </p>}
    </>
  );
}
