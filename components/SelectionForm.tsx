// Two selections, A and B, as a GET form: ?a.framing=testimony&b.framing=official&…
import { FRAMINGS, FRAMING_NAMES } from "@/lib/classify/labels";
import type { Filters } from "@/lib/schema";
import { FilterDrawer } from "./FilterDrawer";
import { QueryForm } from "./QueryForm";

function Side({ side, filters, outlets }: { side: "a" | "b"; filters: Filters; outlets: string[] }) {
  const label = side.toUpperCase();
  return (
    <fieldset aria-label={`Selection ${label}`}>
      <legend>Selection {label}</legend>
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
export function SelectionForm({ action, a, b, outlets, open = false }: { action: string; a: Filters; b: Filters; outlets: string[]; open?: boolean }) {
  return (
    <FilterDrawer summary="Selections A and B" open={open}>
      <QueryForm className="filters" action={action} aria-label="Selections">
        <Side side="a" filters={a} outlets={outlets} />
        <Side side="b" filters={b} outlets={outlets} />
        <button type="submit">Compare</button>
      </QueryForm>
    </FilterDrawer>
  );
}
