// Two selections, A and B, as a GET form: ?a.framing=testimony&b.framing=official&…
import { FRAMINGS, FRAMING_NAMES } from "@/lib/classify/labels";
import type { Filters } from "@/lib/schema";
import type { CollectionRow } from "@/lib/views/collections.types";
import { FilterDrawer } from "./FilterDrawer";
import { QueryForm } from "./QueryForm";

interface SideProps { side: "a" | "b"; filters: Filters; outlets: string[]; collections: CollectionRow[] }

function Side({ side, filters, outlets, collections }: SideProps) {
  const label = side.toUpperCase();
  // the default collection is the empty value: a form left on it adds nothing to the address (absent is the default)
  const current = filters.collection && !collections.find((c) => c.name === filters.collection)?.isDefault ? filters.collection : "";
  return (
    <fieldset aria-label={`Selection ${label}`}>
      <legend>Selection {label}</legend>
      {collections.length <= 1 && filters.collection && <input type="hidden" name={`${side}.collection`} value={filters.collection} />}
      {collections.length > 1 && (
        <label className="field"><span>Collection</span>
          <select name={`${side}.collection`} defaultValue={current} aria-label={`${label} collection`}>
            {collections.map((c) => <option key={c.name} value={c.isDefault ? "" : c.name}>{c.name} ({c.articles})</option>)}
          </select>
        </label>
      )}
      <label className="field"><span>Framing</span>
        <select name={`${side}.framing`} defaultValue={filters.framing[0] ?? ""} aria-label={`${label} framing`}>
          <option value="">any framing</option>
          {FRAMINGS.map((f) => <option key={f} value={f}>{FRAMING_NAMES[f]}</option>)}
        </select>
      </label>
      <label className="field"><span>Outlet</span>
        <select name={`${side}.outlet`} defaultValue={filters.outlet[0] ?? ""} aria-label={`${label} outlet`}>
          <option value="">any outlet</option>
          {outlets.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </label>
      <label className="field"><span>From</span><input type="month" name={`${side}.from`} defaultValue={filters.from?.slice(0, 7)} aria-label={`${label} from`} /></label>
      <label className="field"><span>To</span><input type="month" name={`${side}.to`} defaultValue={filters.to?.slice(0, 7)} aria-label={`${label} to`} /></label>
    </fieldset>
  );
}

/** open: unfolded on a phone, beside a bad parameter the form is there to fix */
/** outlets: those of either side's collection (an outlet absent from a side's collection matches nothing there) */
export function SelectionForm({ action, a, b, outlets, collections, open = false }: { action: string; a: Filters; b: Filters; outlets: string[]; collections: CollectionRow[]; open?: boolean }) {
  return (
    <FilterDrawer summary="Selections A and B" open={open}>
      <QueryForm className="filters" action={action} aria-label="Selections">
        <Side side="a" filters={a} outlets={outlets} collections={collections} />
        <Side side="b" filters={b} outlets={outlets} collections={collections} />
        <button type="submit">Compare</button>
      </QueryForm>
    </FilterDrawer>
  );
}
