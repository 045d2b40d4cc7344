// One article's outcome, and the run's summary, as the ingest CLI prints them, the same whether read directly or
// by queue workers. Both say which collection the articles went to.
import type { FileOutcome } from "../../lib/pipeline/ingestInputs";

export function formatOutcome(outcome: FileOutcome): string {
  if (outcome.status === "failed") return `failed    ${outcome.file}: ${outcome.error}`;
  return `${outcome.status.padEnd(9)} ${outcome.file}: "${outcome.title}" (${outcome.passages} passages, in '${outcome.collection}'${outcome.note ? `; ${outcome.note}` : ""})`;
}

/**
 * "3 added to 'sarn-dam', 1 unchanged, 0 failed". Workers taking jobs of several collections say how many went
 * to each; `collection` (the one asked for) names it when no article got that far.
 */
export function formatSummary(outcomes: FileOutcome[], failed: number, collection?: string): string {
  const added = new Map<string, number>();
  let unchanged = 0;
  for (const o of outcomes) {
    if (o.status === "failed") continue;
    added.set(o.collection, (added.get(o.collection) ?? 0) + (o.status === "added" ? 1 : 0));
    if (o.status === "unchanged") unchanged += 1;
  }
  const total = [...added.values()].reduce((a, b) => a + b, 0);
  const only = added.size === 1 ? [...added.keys()][0] : added.size ? undefined : collection;
  const each = [...added].filter(([, n]) => n).map(([name, n]) => `${n} to '${name}'`);
  const where = only ? ` to '${only}'` : each.length ? ` (${each.join(", ")})` : "";
  return `${total} added${where}, ${unchanged} unchanged, ${failed} failed`;
}
