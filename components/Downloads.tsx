// CSV and JSON downloads of a view, through the same API the page uses, with the same filters.
export function Downloads({ api, query }: { api: string; query: string }) {
  const sep = query ? "&" : "?";
  return (
    <p className="downloads hint">
      Download: <a href={`${api}${query}${sep}format=csv`} download>CSV</a> · <a href={`${api}${query}${sep}format=json&download=1`} download>JSON</a>
    </p>
  );
}
