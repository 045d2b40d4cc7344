// Compare two selections side by side: their framing mix and the terms that separate them.
import { BadParameter } from "@/components/BadParameter";
import { CollectionSides } from "@/components/CollectionLine";
import { UnknownCollection } from "@/components/UnknownCollection";
import { Downloads } from "@/components/Downloads";
import { KeynessTable } from "@/components/KeynessTable";
import { HowToReadKeyness } from "@/components/StatisticsHelp";
import { SelectionForm } from "@/components/SelectionForm";
import { FRAMINGS, FRAMING_NAMES } from "@/lib/classify/labels";
import { describeSelection } from "@/lib/describeSelection";
import { FramingMixBar } from "@/components/FramingMixBar";
import { SampleNote } from "@/components/SampleNote";
import { type Filters, filtersToQuery, selectionsToQuery } from "@/lib/schema";
import { type PageSearchParams, salvageSelections, toRecord, withDefaultSelections } from "@/lib/viewParams";
import { collectionChoices, compareView, type DataOf, selectionOutlets } from "@/lib/views";
import { plural } from "@/lib/plural";

type CompareData = DataOf<typeof compareView>;

function Mix({ mix, filters, label, collection }: { mix: CompareData["mixA"]; filters: Filters; label: string; collection: string }) {
  return (
    <section className="panel" aria-label={`Framing mix ${label}`} data-testid={`mix-${label}`}>
      <h2>{label}: {describeSelection(filters)} in {collection}</h2>
      <p className="hint">{plural(mix.total, "passage")} in {plural(mix.articles, "article")}</p>
      <FramingMixBar counts={mix} />
      <ul>
        {FRAMINGS.map((f) => (
          <li key={f}><span className={`swatch fill-${f}`} aria-hidden="true" /> <a href={`/${filtersToQuery({ ...filters, framing: [f] })}#passages`}>{FRAMING_NAMES[f]}: {mix[f]} ({mix.total ? Math.round((mix[f] / mix.total) * 100) : 0}%)</a></li>
        ))}
      </ul>
    </section>
  );
}

function FrequentTerms({ frequent: { terms, sample }, filters, label }: { frequent: CompareData["frequentA"]; filters: Filters; label: string }) {
  return (
    <section aria-label={`Most frequent terms ${label}`} data-testid={`frequent-${label}`}>
      <h3>Most frequent in {label}</h3>
      <p>{terms.map((t, i) => (
        <span key={t.key}>{i > 0 && " · "}<a href={`/concordance${filtersToQuery({ ...filters, term: t.key })}`}>{t.term}</a> <span className="hint">{t.count}</span></span>
      ))}</p>
      <SampleNote sample={sample} subject="These were" />
    </section>
  );
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const record = toRecord(await searchParams);
  const parsed = compareView.parse(record);
  if (!parsed.ok) {
    const { a, b } = salvageSelections(record);
    return (
      <>
        <h1>Compare</h1>
        <BadParameter error={parsed.error} path="/compare" />
        <SelectionForm action="/compare" a={a} b={b} outlets={await selectionOutlets(a, b)} collections={await collectionChoices()} open />
      </>
    );
  }
  const { a, b } = withDefaultSelections(record, parsed.value, { a: { from: "2018-01", to: "2019-12" }, b: { from: "2020-01", to: "2023-12" } });
  const [outlets, collections, data] = await Promise.all([selectionOutlets(a, b), collectionChoices(), compareView.load({ ...parsed.value, a, b })]);
  const form = <SelectionForm action="/compare" a={a} b={b} outlets={outlets} collections={collections} />;
  if (!data.collections.a || !data.collections.b) {
    return (
      <>
        <h1>Compare</h1>
        <UnknownCollection message={compareView.notFound?.(data) ?? ""} />
        {form}
      </>
    );
  }
  const { mixA, mixB, separating, frequentA, frequentB } = data;
  return (
    <>
      <h1>Compare</h1>
      <CollectionSides a={data.collections.a} b={data.collections.b} />
      {form}
      <Downloads api="/api/compare" query={selectionsToQuery(a, b)} />
      <div className="grid">
        <Mix mix={mixA} filters={a} label="A" collection={data.collections.a.name} />
        <Mix mix={mixB} filters={b} label="B" collection={data.collections.b.name} />
      </div>
      <div className="grid">
        <FrequentTerms frequent={frequentA} filters={a} label="A" />
        <FrequentTerms frequent={frequentB} filters={b} label="B" />
      </div>
      <h2>Terms that separate them</h2>
      <SampleNote sample={separating.sample} subject="The searched selections' terms were" />
      <HowToReadKeyness />
      <div className="grid">
        <KeynessTable rows={separating.typicalOfA} side="A" filters={a} caption="More typical of A" />
        <KeynessTable rows={separating.typicalOfB} side="B" filters={b} caption="More typical of B" />
      </div>
    </>
  );
}
