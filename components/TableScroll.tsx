// A wide table scrolls inside its own box on a narrow screen instead of widening the page. The box takes
// keyboard focus so that it can be scrolled without a mouse, and is named so that a screen reader says
// what that focus landed on.
import type { ReactNode } from "react";

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
