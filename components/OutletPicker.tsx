"use client";
// Outlets to filter by: type to narrow the list, tick several, see them as chips (× removes one). The ticks are
// the form's `outlet` fields themselves, so the form submits the same values with or without JavaScript; the
// search box has no name and never reaches the address.
import { useId, useState } from "react";

interface Props { outlets: { name: string; articles: number }[]; selected: string[] }

export function OutletPicker({ outlets, selected: initial }: Props) {
  const [selected, setSelected] = useState(() => new Set(initial));
  const [query, setQuery] = useState("");
  const id = useId();
  const needle = query.trim().toLocaleLowerCase();
  const toggle = (name: string, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(name); else next.delete(name);
    return next;
  });
  const shown = new Set(outlets.filter((o) => !needle || o.name.toLocaleLowerCase().includes(needle)).map((o) => o.name));
  return (
    <fieldset className="outlet-picker">
      <legend>Outlets</legend>
      {selected.size > 0 && (
        <ul className="chips" aria-label="Chosen outlets">
          {[...selected].map((name) => (
            <li key={name} className="chip">{name}
              <button type="button" aria-label={`Remove ${name}`} onClick={() => toggle(name, false)}>×</button>
            </li>
          ))}
        </ul>
      )}
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Find an outlet" aria-controls={`${id}-list`}
        placeholder={`find among ${outlets.length}`} onKeyDown={(e) => { if (e.key === "Enter") e.preventDefault(); }} />
      <div className="outlet-list" id={`${id}-list`} role="group" aria-label="Outlets to choose from">
        {outlets.map((o) => (
          <label key={o.name} hidden={!shown.has(o.name)}>
            <input type="checkbox" name="outlet" value={o.name} checked={selected.has(o.name)} onChange={(e) => toggle(o.name, e.target.checked)} /> {o.name} <span className="hint">({o.articles})</span>
          </label>
        ))}
        {shown.size === 0 && <p className="hint">No outlet matches “{query}”.</p>}
      </div>
      <p className="hint" aria-live="polite">{selected.size === 0 ? "All outlets" : `${selected.size} chosen`}</p>
    </fieldset>
  );
}
