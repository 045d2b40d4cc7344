// Keyness: the terms most typical of selection A compared with B, and of B compared with A.
import { BadParameter } from "@/components/BadParameter";
import { Downloads } from "@/components/Downloads";
import { KeynessPicture } from "@/components/KeynessPicture";
import { KeynessTable } from "@/components/KeynessTable";
import { SampleNote } from "@/components/SampleNote";
import { SelectionForm } from "@/components/SelectionForm";
import { describeSelection } from "@/lib/describeSelection";
import { selectionsToQuery } from "@/lib/schema";
import { type PageSearchParams, salvageSelections, toRecord, withDefaultSelections } from "@/lib/viewParams";
import { keynessView, outletChoices } from "@/lib/views";
import { HowToReadKeyness } from "@/components/StatisticsHelp";
import { plural } from "@/lib/plural";

const HINT = (
  <p className="hint">
    Which terms does one selection use that the other does not? Ranked by the log-odds z-score with an informative
    Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008); * marks |z| &gt; 1.96. G² (Dunning 1993) and Log Ratio (effect
    size) beside it; passage and article counts show whether a term is spread out or comes from one long article.
  </p>
);

export default async function KeynessPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const record = toRecord(await searchParams);
  const parsed = keynessView.parse(record);
  if (!parsed.ok) {
    const { a, b } = salvageSelections(record);
    return (
      <>
        <h1>Keyness</h1>
        {HINT}
        <BadParameter error={parsed.error} path="/keyness" />
        <SelectionForm action="/keyness" a={a} b={b} outlets={(await outletChoices()).map((o) => o.name)} open />
      </>
    );
  }
  const { a, b } = withDefaultSelections(record, parsed.value, { a: { framing: ["testimony"] }, b: { framing: ["official"] } });
  const [outlets, result] = await Promise.all([outletChoices(), keynessView.load({ ...parsed.value, a, b })]);
  return (
    <>
      <h1>Keyness</h1>
      {HINT}
      <SelectionForm action="/keyness" a={a} b={b} outlets={outlets.map((o) => o.name)} />
      <p>
        <strong>A</strong>: {describeSelection(a)} — {plural(result.totals.passagesA, "passage")}, {plural(result.totals.tokensA, "content word")}.{" "}
        <strong>B</strong>: {describeSelection(b)} — {plural(result.totals.passagesB, "passage")}, {plural(result.totals.tokensB, "content word")}.
      </p>
      <SampleNote sample={result.sample} subject="The terms and totals of each selection counted from its passages (a search, a term, days) were">
        The passages and content words above are the sample&apos;s.
      </SampleNote>
      <Downloads api="/api/keyness" query={selectionsToQuery(a, b)} />
      <KeynessPicture typicalOfA={result.typicalOfA} typicalOfB={result.typicalOfB} a={a} b={b} />
      <HowToReadKeyness />
      <div className="grid">
        <KeynessTable rows={result.typicalOfA} side="A" filters={a} caption={`Typical of A (${describeSelection(a)})`} />
        <KeynessTable rows={result.typicalOfB} side="B" filters={b} caption={`Typical of B (${describeSelection(b)})`} />
      </div>
    </>
  );
}
