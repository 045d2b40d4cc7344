// Says that a term list was counted in a random sample of a large selection's passages (lib/queries/plan/getTermSample.ts).
import type { ReactNode } from "react";
import type { TermSample } from "@/lib/views/rows.types";

export function SampleNote({ sample, subject, children }: { sample: TermSample | null; subject: string; children?: ReactNode }) {
  if (!sample) return null;
  return (
    <p className="hint" data-testid="sample-note">
      {subject} counted in a random sample of the passages: those{" "}
      {sample.of === "articles" ? `of ${sample.percent}% of the collection's articles` : `on ${sample.percent}% of the stored pages`}, the same
      ones on every reload. Too many passages match to count them all quickly. {children}
    </p>
  );
}
