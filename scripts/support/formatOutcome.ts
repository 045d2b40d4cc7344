// One article's outcome as the ingest CLI prints it, the same whether read directly or by a queue worker.
import type { FileOutcome } from "../../lib/pipeline/ingestInputs";

export function formatOutcome(outcome: FileOutcome): string {
  if (outcome.status === "failed") return `failed    ${outcome.file}: ${outcome.error}`;
  return `${outcome.status.padEnd(9)} ${outcome.file}: "${outcome.title}" (${outcome.passages} passages${outcome.note ? `; ${outcome.note}` : ""})`;
}
