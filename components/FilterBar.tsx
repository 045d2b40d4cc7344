// The filters as a plain GET form: submitting it rewrites the URL, so every view can be shared and reloaded.
import { FRAMINGS, FRAMING_NAMES } from "@/lib/classify/labels";
import type { Filters } from "@/lib/schema";
import { FilterDrawer } from "./FilterDrawer";
import { OutletPicker } from "./OutletPicker";
import { QueryForm } from "./QueryForm";

interface Props {
  filters: Filters;
  outlets: { name: string; articles: number }[];
  /** the articles' languages, for corpora in more than one */
  languages?: { language: string; articles: number }[];
  /** the page the form submits to, and any of its own parameters to keep */
  action?: string;
  keep?: Record<string, string | undefined>;
  /** unfolded on a phone: the address had a bad parameter for this form to fix */
  open?: boolean;
}

export function FilterBar({ filters, outlets, languages = [], action = "/", keep = {}, open = false }: Props) {
  return (
    <FilterDrawer summary="Filters" open={open}>
      <QueryForm className="filters filter-grid" action={action} implied={{ labels: "both" }} aria-label="Filters">
        {/* the collection is the header's to change: the form counts within it */}
        {filters.collection && <input type="hidden" name="collection" value={filters.collection} />}
        {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
        <fieldset className="framings">
          <legend>Framing</legend>
          {FRAMINGS.map((f) => (
            <label key={f}>
              <input type="checkbox" name="framing" value={f} defaultChecked={filters.framing.includes(f)} /> {FRAMING_NAMES[f]}
            </label>
          ))}
        </fieldset>
        <OutletPicker outlets={outlets} selected={filters.outlet} />
        {(languages.length > 1 || filters.lang.length > 0) && (
          <label className="field">
            <span>Language</span>
            <select name="lang" multiple defaultValue={filters.lang} aria-label="Language">
              {languages.map((l) => <option key={l.language} value={l.language}>{l.language} ({l.articles})</option>)}
            </select>
          </label>
        )}
        <label className="field"><span>From</span><input type="month" name="from" defaultValue={filters.from?.slice(0, 7)} aria-label="From month" /></label>
        <label className="field"><span>To</span><input type="month" name="to" defaultValue={filters.to?.slice(0, 7)} aria-label="To month" /></label>
        <label className="field"><span>Search</span><input type="text" name="q" defaultValue={filters.q} placeholder="word or phrase" aria-label="Search" /></label>
        <label className="field">
          <span>Labels</span>
          <select name="labels" defaultValue={filters.labels ?? "both"} aria-label="Labels">
            <option value="both">model and reviewer (reviewer wins)</option>
            <option value="model">model labels only</option>
            <option value="human">reviewer labels only</option>
          </select>
        </label>
        <label className="check"><input type="checkbox" name="uncertain" value="1" defaultChecked={filters.uncertain === "1"} /> Uncertain only</label>
        <label className="check"><input type="checkbox" name="offtopic" value="hide" defaultChecked={filters.offtopic === "hide"} /> hide off-topic articles</label>
        {filters.term && <input type="hidden" name="term" value={filters.term} />}
        <div className="actions">
          <button type="submit">Apply</button>
          <a href={filters.collection ? `${action}?collection=${encodeURIComponent(filters.collection)}` : action}>Clear</a>
        </div>
      </QueryForm>
    </FilterDrawer>
  );
}
