"use client";
// Reviewer controls on the article page: the token (kept for this browser tab only) and, per passage, a
// framing to set. Writes go through POST /api/passages/:id/label, which checks the token on the server.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FRAMINGS, FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";

const TOKEN_KEY = "narrative-lens.reviewer-token";

/** The token this tab was given ("" if none), sent with every reviewer write. */
export function reviewerToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? "";
}

export function ReviewerTokenField({ onSaved }: { onSaved?: () => void } = {}) {
  const [saved, setSaved] = useState(false);
  return (
    <form className="reviewer-token" onSubmit={(e) => {
      e.preventDefault();
      const value = new FormData(e.currentTarget).get("token");
      sessionStorage.setItem(TOKEN_KEY, typeof value === "string" ? value : "");
      setSaved(true);
      onSaved?.();
    }}>
      <label>Reviewer token <input type="password" name="token" autoComplete="off" aria-label="Reviewer token" /></label>
      <button type="submit">Use token</button>
      {saved && <span role="status">token set for this tab</span>}
    </form>
  );
}

export function LabelEditor({ passageId, framing }: { passageId: number; framing: FramingLabel }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function save(next: FramingLabel) {
    setBusy(true);
    setMessage(null);
    const response = await fetch(`/api/passages/${passageId}/label`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-reviewer-token": reviewerToken() },
      body: JSON.stringify({ framing: next }),
    });
    const body: unknown = await response.json().catch(() => null);
    const error = typeof body === "object" && body && "error" in body ? String(body.error) : `HTTP ${response.status}`;
    setBusy(false);
    setMessage(response.ok ? "saved" : error);
    if (response.ok) router.refresh();
  }
  return (
    <span className="label-editor">
      <label>
        set framing{" "}
        <select aria-label={`Set framing of passage ${passageId}`} defaultValue={framing} disabled={busy}
          onChange={(e) => void save(e.currentTarget.value as FramingLabel)}>
          {FRAMINGS.map((f) => <option key={f} value={f}>{FRAMING_NAMES[f]}</option>)}
        </select>
      </label>
      {message && <span role="status">{message}</span>}
    </span>
  );
}
