// The review queue's filters as a plain GET form (framing of the model's label, outlet), keeping the queue kind.
import { FRAMINGS, FRAMING_NAMES } from "@/lib/classify/labels";
import { type ReviewParams, reviewParamsToQuery } from "@/lib/review/reviewQueue";

export function ReviewFilters({ params, outlets }: { params: ReviewParams; outlets: { name: string; articles: number }[] }) {
  return (
    <form className="filters review-filters" method="get" action="/review" aria-label="Filters">
      <input type="hidden" name="queue" value={params.queue} />
      {params.collection && <input type="hidden" name="collection" value={params.collection} />}
      <fieldset>
        <legend>Model label</legend>
        {FRAMINGS.map((f) => (
          <label key={f}><input type="checkbox" name="framing" value={f} defaultChecked={params.framing.includes(f)} /> {FRAMING_NAMES[f]}</label>
        ))}
      </fieldset>
      <label className="field">
        <span>Outlet</span>
        <select name="outlet" defaultValue={params.outlet[0] ?? ""} aria-label="Outlet">
          <option value="">every outlet</option>
          {outlets.map((o) => <option key={o.name} value={o.name}>{o.name} ({o.articles})</option>)}
        </select>
      </label>
      <button type="submit">Apply</button>
      <a href={`/review${reviewParamsToQuery({ queue: params.queue, collection: params.collection })}`}>Clear</a>
    </form>
  );
}
