// On a phone a form folds behind its summary; on a wider screen (app/globals.css) the summary is hidden and
// the form always shown. A <details> needs no JavaScript.
import type { ReactNode } from "react";

export function FilterDrawer({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="drawer">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
