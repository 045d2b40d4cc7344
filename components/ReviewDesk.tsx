"use client";
// One passage at a time from the review queue, labelled with one key (1 official, 2 critical, 3 testimony,
// s skip; j/→ next, k/← previous) or the buttons beside it. After a label it moves on by itself; when the
// batch is used up it asks the server for the next one (reviewed passages have left the queue by then).
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { FRAMINGS, FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";
import type { ReviewItem } from "@/lib/review/reviewQueue";
import { reviewerToken } from "./ReviewerControls";
import { ReviewPassage } from "./ReviewPassage";

const KEYS: Record<string, FramingLabel> = { "1": "official", "2": "critical", "3": "testimony" };

/** Keys typed into a field are the field's, not shortcuts. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function ReviewDesk({ items, canReview, threshold }: { items: ReviewItem[]; canReview: boolean; threshold: number }) {
  const router = useRouter();
  // passages labelled or skipped in this tab: the server's next batch no longer holds the labelled ones, and
  // skipped ones stay out of view until the reviewer asks for them again
  const [done, setDone] = useState<Map<number, FramingLabel | "skipped">>(new Map());
  const [cursor, setCursor] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>("");
  const remaining = items.filter((i) => !done.has(i.id));
  const at = Math.max(0, remaining.findIndex((i) => i.id === cursor));
  const current = remaining[at] ?? null;
  const labelled = [...done.values()].filter((v) => v !== "skipped").length;
  const skipped = done.size - labelled;

  const finish = useCallback((item: ReviewItem, outcome: FramingLabel | "skipped") => {
    const left = remaining.filter((i) => i.id !== item.id);
    setDone((d) => new Map(d).set(item.id, outcome));
    setCursor((left[at] ?? left[at - 1] ?? null)?.id ?? null);
    if (!left.length) router.refresh();
  }, [remaining, at, router]);

  const label = useCallback(async (framing: FramingLabel) => {
    if (!current || busy || !canReview) return;
    setBusy(true);
    const response = await fetch(`/api/passages/${current.id}/label`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-reviewer-token": reviewerToken() },
      body: JSON.stringify({ framing }),
    }).catch(() => null);
    const body: unknown = await response?.json().catch(() => null);
    setBusy(false);
    if (!response?.ok) {
      const error = typeof body === "object" && body && "error" in body ? String(body.error) : `the label was not saved (${response ? `HTTP ${response.status}` : "no answer"})`;
      setMessage(error === "wrong or missing reviewer token" ? `${error}: enter the reviewer token above` : error);
      return;
    }
    setMessage(`Labelled passage ${current.id} as ${FRAMING_NAMES[framing]}.`);
    finish(current, framing);
  }, [current, busy, canReview, finish]);

  const skip = useCallback(() => {
    if (!current || busy) return;
    setMessage(`Skipped passage ${current.id}.`);
    finish(current, "skipped");
  }, [current, busy, finish]);

  const move = useCallback((step: number) => {
    const next = remaining[Math.min(remaining.length - 1, Math.max(0, at + step))];
    if (next) setCursor(next.id);
  }, [remaining, at]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      const key = e.key.toLowerCase();
      if (KEYS[key] && canReview) void label(KEYS[key]);
      else if (key === "s") skip();
      else if (key === "j" || key === "arrowright") move(1);
      else if (key === "k" || key === "arrowleft") move(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [label, skip, move, canReview]);

  return (
    <section className="review-desk" aria-label="Passage to review">
      <p className="hint" data-testid="review-count">
        {current ? `Passage ${at + 1} of ${remaining.length} in this batch` : "Nothing left in this batch"}
        {` · ${labelled} labelled, ${skipped} skipped in this tab`}
      </p>
      <ul className="review-keys" aria-label="Keyboard shortcuts">
        {canReview && FRAMINGS.map((f, i) => <li key={f}><kbd>{i + 1}</kbd> {FRAMING_NAMES[f]}</li>)}
        <li><kbd>s</kbd> skip</li>
        <li><kbd>j</kbd>/<kbd>→</kbd> next · <kbd>k</kbd>/<kbd>←</kbd> previous</li>
      </ul>
      {current ? (
        <>
          <ReviewPassage item={current} threshold={threshold} />
          <div className="review-actions" role="group" aria-label="Label this passage">
            {canReview && FRAMINGS.map((f, i) => (
              <button key={f} type="button" className={`label-button ${f}`} disabled={busy} onClick={() => void label(f)}
                aria-keyshortcuts={String(i + 1)}>
                <kbd>{i + 1}</kbd> {FRAMING_NAMES[f]}
              </button>
            ))}
            <button type="button" disabled={busy} onClick={skip} aria-keyshortcuts="s"><kbd>s</kbd> Skip</button>
            <button type="button" onClick={() => move(-1)} disabled={at === 0} aria-keyshortcuts="k ArrowLeft">← Previous</button>
            <button type="button" onClick={() => move(1)} disabled={at >= remaining.length - 1} aria-keyshortcuts="j ArrowRight">Next →</button>
          </div>
        </>
      ) : (
        <p data-testid="review-empty">
          {items.length ? "Every passage of this batch is done. " : "No passage is waiting in this queue. "}
          {skipped > 0 && <button type="button" onClick={() => setDone((d) => new Map([...d].filter(([, v]) => v !== "skipped")))}>Show the {skipped} skipped again</button>}
        </p>
      )}
      <p role="status" aria-live="polite" className="review-status">{message}</p>
    </section>
  );
}
