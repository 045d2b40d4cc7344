// On a phone a form folds behind its summary; on a wider screen (app/globals.css) the summary is hidden and
// the form always shown. A <details> needs no JavaScript.
import type { ReactNode } from "react";

/** open: shown unfolded on a phone too, e.g. beside a bad parameter the form is there to fix */
export function FilterDrawer({ summary, open = false, children }: { summary: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="drawer" open={open}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
