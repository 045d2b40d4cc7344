"use client";
// What a view shows while the server computes it: the selection being computed, read from the address, and grey
// blocks where the charts and tables will be. A broad search can take seconds.
import { useSearchParams } from "next/navigation";
import { FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";

const valueInWords = (key: string, value: string) => (key.endsWith("framing") ? (FRAMING_NAMES[value as FramingLabel] ?? value) : value);

export function LoadingView({ title, blocks = 3 }: { title: string; blocks?: number }) {
  const params = [...useSearchParams().entries()].filter(([, v]) => v !== "");
  return (
    <div aria-busy="true" data-testid="loading">
      <h1>{title}</h1>
      <p role="status">
        Computing {params.length ? "this selection" : "the whole corpus"}…
      </p>
      {params.length > 0 && (
        <ul className="chips" aria-label="Selection being computed">
          {params.map(([k, v], i) => <li key={i} className="chip">{k}: {valueInWords(k, v)}</li>)}
        </ul>
      )}
      {Array.from({ length: blocks }, (_, i) => <div key={i} className="skeleton" />)}
    </div>
  );
}
