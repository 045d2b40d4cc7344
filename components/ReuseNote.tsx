// Under a passage that shares wording with other outlets: how many carry it and who was first, one click from
// the story of reuse it belongs to.
import Link from "next/link";
import type { PassageReuseNote } from "@/lib/views/reuse.types";
import { plural } from "@/lib/plural";

export function ReuseNote({ note }: { note?: PassageReuseNote }) {
  if (!note) return null;
  const others = note.outlets - 1;
  return (
    <p className="reuse-note" data-testid="reuse-note">
      <Link href={`/reuse/${note.clusterId}`}>
        {note.isFirst
          ? `First appearance of wording also in ${plural(others, "other outlet")}`
          : `Also in ${plural(others, "other outlet")} — first: ${note.firstOutlet}, ${note.firstPublishedAt ?? "undated"}`}
      </Link>
    </p>
  );
}
