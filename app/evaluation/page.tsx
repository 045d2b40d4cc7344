// How good the classifier is, in numbers computed by `npm run train` / `npm run eval` and stored with the
// active model: k-fold cross-validation and leave-one-subject-out, each beside the two baselines.
import { ClassMetricsTable, ConfusionMatrix } from "@/components/MetricsTables";
import { CONTENDER_NAMES, CONTENDERS, isEvaluationReport } from "@/lib/classify/evaluateClassifier";
import { getEnv } from "@/lib/env";
import { getActiveModel } from "@/lib/queries/getActiveModel";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const SCHEMES = [
  { key: "kfold", title: "k-fold cross-validation", hint: "passages shuffled into folds; every subject is seen in training" },
  { key: "loso", title: "leave-one-subject-out", hint: "each subject held out whole: how the model does on a subject it has never seen" },
] as const;

export default async function EvaluationPage() {
  const model = await getActiveModel();
  if (!model || !isEvaluationReport(model.metrics)) {
    return (
      <>
        <h1>Classifier evaluation</h1>
        <p>No evaluation is stored yet. Run <code>npm run train</code> (or <code>npm run eval</code>) to compute one.</p>
      </>
    );
  }
  const r = model.metrics;
  const c = r.calibration;
  return (
    <>
      <h1>Classifier evaluation</h1>
      <p className="hint">
        Model version {model.version} ({r.algorithm}, trained {model.createdAt.toISOString().slice(0, 16).replace("T", " ")}); evaluated{" "}
        {r.evaluatedAt.slice(0, 16).replace("T", " ")} on {r.examples} labelled passages over {r.subjects.length} subjects ({r.subjects.join(", ")}).
      </p>
      <table className="data" data-testid="evaluation-summary">
        <caption>macro-F1</caption>
        <thead><tr><th>model</th><th>{r.folds}-fold cross-validation</th><th>leave-one-subject-out</th></tr></thead>
        <tbody>
          {CONTENDERS.map((k) => <tr key={k}><td>{CONTENDER_NAMES[k]}</td><td>{pct(r.kfold[k].macroF1)}</td><td>{pct(r.loso[k].macroF1)}</td></tr>)}
        </tbody>
      </table>
      {SCHEMES.map((s) => (
        <section key={s.key} aria-label={s.title}>
          <h2>{s.title}</h2>
          <p className="hint">{s.hint}</p>
          <div className="eval-grid">
            {CONTENDERS.map((k) => (
              <div key={k} className="panel">
                <ClassMetricsTable m={r[s.key][k]} caption={CONTENDER_NAMES[k]} />
                <ConfusionMatrix m={r[s.key][k]} caption="confusion matrix" />
              </div>
            ))}
          </div>
        </section>
      ))}
      <h2>Each subject held out</h2>
      <table className="data">
        <thead><tr><th>subject</th><th>passages</th><th>voice features</th><th>bag of words</th></tr></thead>
        <tbody>
          {r.losoBySubject.map((s) => <tr key={s.subject}><td>{s.subject}</td><td>{s.examples}</td><td>{pct(s.voice)}</td><td>{pct(s.words)}</td></tr>)}
        </tbody>
      </table>
      <h2>Confidence</h2>
      <p>
        Scores are calibrated by temperature scaling (T = {c.temperature}), fitted on the k-fold predictions and checked on the held-out
        subjects: expected calibration error {pct(c.before.ece)} → {pct(c.after.ece)}, log-loss {c.before.nll.toFixed(3)} → {c.after.nll.toFixed(3)}.
        Labels below {getEnv().UNCERTAIN_BELOW} confidence are flagged “uncertain” (at evaluation the threshold was {c.threshold}: {pct(c.uncertainShare)} of
        held-out passages, {pct(c.accuracyBelow)} of them right, against {pct(c.accuracyAbove)} for the rest).
      </p>
    </>
  );
}
