// Keyness: the terms most typical of selection A compared with B, and of B compared with A.
import { BadParameter } from "@/components/BadParameter";
import { CollectionSides } from "@/components/CollectionLine";
import { UnknownCollection } from "@/components/UnknownCollection";
import { Downloads } from "@/components/Downloads";
import { KeynessPicture } from "@/components/KeynessPicture";
import { KeynessTable } from "@/components/KeynessTable";
import { SampleNote } from "@/components/SampleNote";
import { SelectionForm } from "@/components/SelectionForm";
import { describeSelection } from "@/lib/describeSelection";
import { selectionsToQuery } from "@/lib/schema";
import { type PageSearchParams, salvageSelections, toRecord, withDefaultSelections } from "@/lib/viewParams";
import { collectionChoices, keynessView, selectionOutlets } from "@/lib/views";
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
        <SelectionForm action="/keyness" a={a} b={b} outlets={await selectionOutlets(a, b)} collections={await collectionChoices()} open />
      </>
    );
  }
  const { a, b } = withDefaultSelections(record, parsed.value, { a: { framing: ["testimony"] }, b: { framing: ["official"] } });
  const [outlets, collections, result] = await Promise.all([selectionOutlets(a, b), collectionChoices(), keynessView.load({ ...parsed.value, a, b })]);
  const form = <SelectionForm action="/keyness" a={a} b={b} outlets={outlets} collections={collections} />;
  if (!result.collections.a || !result.collections.b) {
    return (
      <>
        <h1>Keyness</h1>
        <UnknownCollection message={keynessView.notFound?.(result) ?? ""} />
        {form}
      </>
    );
  }
  // each side named with its collection: the two may count different ones
  const inA = `${describeSelection(a)} in ${result.collections.a.name}`;
  const inB = `${describeSelection(b)} in ${result.collections.b.name}`;
  return (
    <>
      <h1>Keyness</h1>
      <CollectionSides a={result.collections.a} b={result.collections.b} />
      {HINT}
      {form}
      <p>
        <strong>A</strong>: {inA} — {plural(result.totals.passagesA, "passage")}, {plural(result.totals.tokensA, "content word")}.{" "}
        <strong>B</strong>: {inB} — {plural(result.totals.passagesB, "passage")}, {plural(result.totals.tokensB, "content word")}.
      </p>
      <SampleNote sample={result.sample} subject="The terms and totals of each selection counted from its passages (a search, a term, days) were">
        The passages and content words above are the sample&apos;s.
      </SampleNote>
      <Downloads api="/api/keyness" query={selectionsToQuery(a, b)} />
      <KeynessPicture typicalOfA={result.typicalOfA} typicalOfB={result.typicalOfB} a={a} b={b} />
      <HowToReadKeyness />
      <div className="grid">
        <KeynessTable rows={result.typicalOfA} side="A" filters={a} caption={`Typical of A (${inA})`} />
        <KeynessTable rows={result.typicalOfB} side="B" filters={b} caption={`Typical of B (${inB})`} />
      </div>
    </>
  );
}
