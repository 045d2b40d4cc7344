// npm run eval:off-topic's report: each demo collection against its own articles (leave-one-out), the other
// collection, the project-written off-topic fixtures and, where the team's shared corpora are present, real
// web pages on other subjects; then the rule on small collections drawn from each.
import fs from "node:fs";
import type { CalibrationRule, SimilarityMethod } from "./offTopic";
import { type CollectionEvaluation, evaluateCollection, flagQuality, smallCollectionTrial } from "./offTopicEvaluation";
import { readPageFolder, readTextFolder, type ScoredSample } from "./offTopicSamples";

export interface OffTopicReportInputs {
  collections: { name: string; dir: string }[];
  fixturesDir: string;
  /** real pages, one folder each with source.html; absent → skipped with the reason */
  pagesDir: string;
  method: SimilarityMethod;
  rule: CalibrationRule;
  smallSizes: number[];
  trials: number;
}

const three = (x: number) => x.toFixed(3);
const percent = (x: number) => `${(100 * x).toFixed(0)}%`;

export function offTopicReport(inputs: OffTopicReportInputs): string {
  const collections = inputs.collections.map((c) => ({ ...c, samples: readTextFolder(c.dir) }));
  const fixtures = readTextFolder(inputs.fixturesDir);
  const pages = fs.existsSync(inputs.pagesDir) ? readPageFolder(inputs.pagesDir) : null;
  const { method, rule } = inputs;
  const lines = [
    `method: ${method.kind === "centroid" ? "cosine with the collection's TF-IDF centroid" : `mean cosine with the ${method.k} nearest articles`}`,
    `rule: threshold = ${rule.share} × the 5th percentile of the leave-one-out scores; ${rule.floor} below ${rule.minArticles} articles`,
  ];
  if (!pages) lines.push(`real pages skipped: ${inputs.pagesDir} is absent (it ships with the team's workspace, not with the project)`);
  for (const collection of collections) {
    const others = collections.filter((c) => c !== collection);
    const outsiders: Record<string, ScoredSample[]> = { fixtures, "other collection": others.flatMap((c) => c.samples) };
    if (pages) outsiders["real pages"] = pages;
    const evaluation = evaluateCollection(collection.samples, outsiders, method, rule);
    lines.push("", ...collectionLines(collection.name, evaluation));
    for (const size of inputs.smallSizes) {
      const trial = smallCollectionTrial(collection.samples, [...fixtures, ...(pages ?? [])], size, inputs.trials, method, rule);
      lines.push(`  ${size} articles (${trial.trials} random draws${trial.floorUsed ? `, floor used in ${trial.floorUsed}` : ""}): held-out articles of the subject flagged ${trial.ownFlagged}/${trial.ownScored} (${percent(trial.ownFlagged / trial.ownScored)}), unrelated outsiders caught ${trial.outsidersCaught}/${trial.outsidersScored} (${percent(trial.outsidersCaught / trial.outsidersScored)})`);
    }
  }
  return lines.join("\n");
}

function collectionLines(name: string, evaluation: CollectionEvaluation): string[] {
  const { calibration, own, outsiders } = evaluation;
  const sets = Object.keys(outsiders);
  const unrelated = sets.filter((s) => s !== "other collection");
  const quality = (label: string, chosen: string[]) => {
    const q = flagQuality(evaluation, chosen);
    return `  ${label}: precision ${three(q.precision)}, recall ${three(q.recall)} (${q.flagged} flagged, ${q.falseFlags} of them the collection's own, ${q.missed} outsiders missed)`;
  };
  const scored = (list: { name: string; score: number; flagged: boolean }[]) =>
    [...list].sort((a, b) => b.score - a.score).map((s) => `${s.name.replace(/\.txt$/, "")} ${three(s.score)}${s.flagged ? " FLAGGED" : ""}`).join(", ");
  return [
    `${name}: ${calibration.articles} articles, leave-one-out ${three(calibration.range[0])}–${three(calibration.range[1])}, threshold ${three(calibration.threshold)} (${calibration.basis})`,
    `  own (leave-one-out): ${scored(own)}`,
    ...sets.map((set) => `  ${set}: ${scored(outsiders[set])}`),
    quality(`flag vs unrelated articles (${unrelated.join(" + ")})`, unrelated),
    quality("flag vs unrelated articles and the other collection", sets),
  ];
}
