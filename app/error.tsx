"use client";
// Shown instead of a stack trace when a view cannot be rendered (most often: the database is unreachable).
import { useEffect, useState } from "react";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [health, setHealth] = useState<string>("checking the database…");
  useEffect(() => {
    fetch("/api/health").then((r) => r.json()).then(
      (h: { ok: boolean; error?: string }) => setHealth(h.ok ? "The database is reachable again." : `The database is unreachable: ${h.error ?? "no answer"}.`),
      () => setHealth("The server did not answer."),
    );
  }, []);
  return (
    <section role="alert" className="state-page" data-testid="error-page">
      <h1>This view could not be loaded</h1>
      <p>{health}</p>
      <p><button type="button" onClick={reset}>Try again</button> <a href="/">Back to the overview</a></p>
    </section>
  );
}
