"use client";
// The collection the dashboard counts, in the header: a GET form with a select, so that it works without
// JavaScript (the server renders the current address's kept parameters as hidden fields). Switching keeps the view
// and the framings and dates, and drops what belonged to the old collection (lib/collectionSwitch.ts).
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { FormEvent } from "react";
import { collectionSwitch, collectionSwitchHref } from "@/lib/collectionSwitch";
import type { CollectionRow } from "@/lib/views/collections.types";

export function CollectionPicker({ collections }: { collections: CollectionRow[] }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const router = useRouter();
  const { path, keep } = collectionSwitch(pathname, new URLSearchParams(params.toString()));
  const current = params.get("collection") ?? collections.find((c) => c.isDefault)?.name ?? "";
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get("collection");
    if (typeof chosen === "string") router.push(collectionSwitchHref(pathname, new URLSearchParams(params.toString()), chosen));
  };
  return (
    <form className="collection-picker" method="get" action={path} onSubmit={submit} aria-label="Collection">
      {keep.map(([k, v], i) => <input key={`${k}-${i}`} type="hidden" name={k} value={v} />)}
      <label>
        <span>Collection</span>
        {/* keyed by the current name: a client navigation to another collection shows it */}
        <select key={current} name="collection" defaultValue={current} data-testid="collection-select">
          {!collections.some((c) => c.name === current) && current && <option value={current}>{current} (no such collection)</option>}
          {collections.map((c) => <option key={c.name} value={c.name}>{c.name} ({c.articles})</option>)}
        </select>
      </label>
      <button type="submit">Switch</button>
    </form>
  );
}
