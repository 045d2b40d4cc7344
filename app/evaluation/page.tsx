// How good the classifier is, computed by `npm run train` / `npm run eval` and stored with the active model,
// each number beside the passages it was measured on.
import { BadParameter } from "@/components/BadParameter";
import { Downloads } from "@/components/Downloads";
import { ClassMetricsTable, ConfusionMatrix } from "@/components/MetricsTables";
import { ReliabilityDiagram } from "@/components/ReliabilityDiagram";
import { CONTENDER_NAMES, CONTENDERS } from "@/lib/classify/evaluateClassifier";
import { SCHEME_NAMES } from "@/lib/classify/formatEvaluation";
import { FRAMING_NAMES, FRAMINGS } from "@/lib/classify/labels";
import { REVIEWED_FOR_HEADLINE } from "@/lib/classify/reviewerAgreement";
import { type PageSearchParams, toRecord } from "@/lib/viewParams";
import { type DataOf, evaluationView } from "@/lib/views";
import { TableScroll } from "@/components/TableScroll";
import { plural } from "@/lib/plural";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const range = (i: { low: number; high: number }) => `95% interval ${pct(i.low)}–${pct(i.high)}`;

/** Macro-F1 with each register (or subject) held out in turn, for both feature sets. */
function HeldOut({ unit, rows }: { unit: string; rows: { name: string; examples: number; voice: number; words: number }[] }) {
  return (
    <>
      <h2>Each {unit} held out</h2>
      <TableScroll label={`Each ${unit} held out`}>
        <table className="data">
          <thead><tr><th>{unit}</th><th>passages</th><th>voice features</th><th>bag of words</th></tr></thead>
          <tbody>{rows.map((s) => <tr key={s.name}><td>{s.name}</td><td>{s.examples}</td><td>{pct(s.voice)}</td><td>{pct(s.words)}</td></tr>)}</tbody>
        </table>
      </TableScroll>
    </>
  );
}

export default async function EvaluationPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const parsed = evaluationView.parse(toRecord(await searchParams));
  if (!parsed.ok) {
    return (
      <>
        <h1>Classifier evaluation</h1>
        <BadParameter error={parsed.error} path="/evaluation" />
      </>
    );
  }
  const evaluation = await evaluationView.load(parsed.value);
  const { model, report: r, source, reviewedNow, uncertainBelow } = evaluation;
  if (!model || !r) {
    return (
      <>
        <h1>Classifier evaluation</h1>
        <p>No evaluation of this kind is stored with the active model. Run <code>npm run eval</code> (or <code>npm run train</code>) to compute one.</p>
      </>
    );
  }
  const h = r.calibration.heldOut;
  const v = r.loro.voice;
  return (
    <>
      <h1>Classifier evaluation</h1>
      <section className="panel" aria-labelledby="eval-source">
        <h2 id="eval-source">Where these numbers come from</h2>
        <p data-testid="evaluation-source">
          Model version {model.version} ({r.algorithm}), evaluated {r.evaluatedAt.slice(0, 16).replace("T", " ")} UTC on {source}
        </p>
        <p className="hint">
          Every number is computed from held-out predictions: a model that did not train on the passages it labels. The headline holds out each
          register (the kind of text: {r.registers.join(", ")}) in turn; below it, each subject in turn and shuffled folds. The project ships no
          test set of real reporting: the measure of this model on your corpus is its agreement with your reviewers, the headline once
          they have labelled {REVIEWED_FOR_HEADLINE} passages (<a href="/review">Review</a>).
        </p>
        <Downloads api="/api/evaluation" query="?table=scores" />
        {reviewedNow !== r.sources.reviewed && (
          <p className="notice" data-testid="evaluation-stale">
            Reviewers have labelled {plural(reviewedNow, "passage")} now, {r.sources.reviewed} when this evaluation ran: retrain from the{" "}
            <a href="/review">Review</a> page (or run <code>npm run eval</code>) to measure the model against them.
          </p>
        )}
      </section>

      {r.reviewersHeadline && r.reviewers ? (
        <section aria-labelledby="eval-headline" data-testid="evaluation-headline">
          <h2 id="eval-headline">Agreement with your reviewers</h2>
          <p className="headline-figure">
            Accuracy <strong>{pct(r.reviewers.metrics.accuracy)}</strong> ({range(r.reviewers.accuracyInterval)}), macro-F1{" "}
            <strong>{pct(r.reviewers.metrics.macroF1)}</strong> ({range(r.reviewers.macroF1Interval)}), on {r.reviewers.reviewed} passages your
            reviewers labelled, each predicted by a model trained without it ({r.reviewers.folds}-fold).
          </p>
          <ConfusionMatrix m={r.reviewers.metrics} caption="reviewers' label (rows) against the model's (columns)" />
        </section>
      ) : (
        <section aria-labelledby="eval-headline" data-testid="evaluation-headline">
          <h2 id="eval-headline">Registers the model has not seen</h2>
          <p className="headline-figure">
            Macro-F1 <strong>{pct(v.macroF1)}</strong> on project-written passages with each register held out whole
            ({FRAMINGS.map((l) => `${FRAMING_NAMES[l]} F1 ${pct(v.perClass[l].f1)}`).join(", ")}).
          </p>
          <p className="hint">
            {r.reviewers
              ? `Your reviewers have labelled ${r.reviewers.reviewed} passages: agreement ${pct(r.reviewers.metrics.accuracy)} (${range(r.reviewers.accuracyInterval)}); it becomes the headline at ${REVIEWED_FOR_HEADLINE}.`
              : "No passages of this corpus have been reviewed yet."}
          </p>
        </section>
      )}

      <TableScroll label="macro-F1 by what was held out">
        <table className="data" data-testid="evaluation-summary">
          <caption>macro-F1 on project-written passages, by what was held out</caption>
          <thead><tr><th>model</th><th>each register held out</th><th>each subject held out</th><th>{r.folds}-fold</th></tr></thead>
          <tbody>
            {CONTENDERS.map((k) => (
              <tr key={k}><td>{CONTENDER_NAMES[k]}</td><td>{pct(r.loro[k].macroF1)}</td><td>{pct(r.loso[k].macroF1)}</td><td>{pct(r.kfold[k].macroF1)}</td></tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2>Confidence</h2>
      <p data-testid="evaluation-calibration">
        On registers held out, with each register&apos;s scores rescaled by a temperature fitted on the other registers: expected calibration error{" "}
        {pct(h.before.ece)} → <strong>{pct(h.after.ece)}</strong>; wrong at ≥ {h.highConfidenceErrors.threshold} confidence:{" "}
        <strong>{h.highConfidenceErrors.count}</strong> of {h.highConfidenceErrors.total} passages ({pct(h.highConfidenceErrors.share)}; {h.highConfidenceErrorsBefore.count} before calibration).
        The stored model uses T = {r.calibration.temperature}, fitted on all the register-held-out predictions. Labels below {uncertainBelow}{" "}
        are flagged “uncertain”: {pct(r.calibration.uncertainShare)} of held-out passages, {pct(r.calibration.accuracyBelow)} of them right, against{" "}
        {pct(r.calibration.accuracyAbove)} for the rest.
      </p>
      <ReliabilityDiagram bins={h.reliability} caption="Reliability on held-out registers." />
      <details>
        <summary className="hint">Reliability: the numbers</summary>
        <TableScroll label="Reliability: the numbers">
          <table className="data">
            <thead><tr><th>confidence</th><th>passages</th><th>mean confidence</th><th>share right</th></tr></thead>
            <tbody>
              {h.reliability.filter((b) => b.count).map((b) => (
                <tr key={b.from}><td>{pct(b.from)}–{pct(b.to)}</td><td>{b.count}</td><td>{pct(b.confidence)}</td><td>{pct(b.accuracy)}</td></tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>

      {r.contrast && (
        <section aria-labelledby="eval-contrast">
          <h2 id="eval-contrast">Contrast cases</h2>
          <p className="hint">
            Passages written by the project for the classes of error seen on real reporting (a quoted term asserted and denied, a euphemism used
            and exposed, an account in the first and third person, governments praising and condemning), never trained on:{" "}
            {r.contrast.correct} of {r.contrast.total} labelled right.
          </p>
          <TableScroll label="Contrast cases">
            <table className="data">
              <thead><tr><th>class</th><th>right</th></tr></thead>
              <tbody>{r.contrast.byClass.map((c) => <tr key={c.class}><td>{c.class}</td><td>{c.correct} of {c.total}</td></tr>)}</tbody>
            </table>
          </TableScroll>
        </section>
      )}

      <SpeakerScores speakers={evaluation.speakers} />

      <HeldOut unit="register" rows={r.loroByRegister.map((s) => ({ ...s, name: s.register }))} />
      <HeldOut unit="subject" rows={r.losoBySubject.map((s) => ({ ...s, name: s.subject }))} />

      {(["loro", "loso", "kfold"] as const).map((s) => (
        <section key={s} aria-label={SCHEME_NAMES[s]}>
          <h2>{SCHEME_NAMES[s]}</h2>
          <div className="eval-grid">
            {CONTENDERS.map((k) => (
              <div key={k} className="panel">
                <ClassMetricsTable m={r[s][k]} caption={CONTENDER_NAMES[k]} />
                <ConfusionMatrix m={r[s][k]} caption="confusion matrix" />
              </div>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}

// The speaker rules are code, not the stored model: scored as the server runs them now.
function SpeakerScores({ speakers: s }: { speakers: DataOf<typeof evaluationView>["speakers"] }) {
  const row = (name: string, x: { precision: number; recall: number; passages: number }) => (
    <tr key={name}><td>{name}</td><td>{pct(x.precision)}</td><td>{pct(x.recall)}</td><td>{x.passages}</td></tr>
  );
  return (
    <section aria-labelledby="eval-speakers" data-testid="evaluation-speakers">
      <h2 id="eval-speakers">Speakers</h2>
      <p className="hint">
        The speaker rules against {s.all.passages} passages written and labelled by the project (data/evaluation): a speaker is right when its name
        and role are. The rules were tuned on the development part; the held-out part was written afterwards and never tuned on, so it is the
        better guide to text the project did not write.
      </p>
      <TableScroll label="Speakers">
        <table className="data">
          <thead><tr><th>passages</th><th>precision</th><th>recall</th><th>count</th></tr></thead>
          <tbody>{[row("all", s.all), row("development (tuned on)", s.development), row("held out", s.heldOut)]}</tbody>
        </table>
      </TableScroll>
    </section>
  );
}
