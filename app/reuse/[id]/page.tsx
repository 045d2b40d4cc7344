// One story of reuse: its passages side by side in the order they appeared, the words each shares with the
// others marked, each a link to its place in its article.
// No loading skeleton here (the list's is in the route group (list)): a story is read by its id in a few
// milliseconds, and a page that has not started streaming can still answer an unknown id with a 404 status.
import Link from "next/link";
import { notFound } from "next/navigation";
import { BadParameter } from "@/components/BadParameter";
import { Downloads } from "@/components/Downloads";
import { SharedSpans } from "@/components/SharedSpans";
import { articleAnchor } from "@/lib/articleAnchor";
import { FRAMING_NAMES } from "@/lib/classify/labels";
import { plural } from "@/lib/plural";
import { isStoryId, type PageSearchParams, toRecord } from "@/lib/viewParams";
import { reuseClusterView } from "@/lib/views";

export default async function ReuseClusterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id } = await params;
  const { collection } = toRecord(await searchParams);
  if (!isStoryId(id)) notFound();
  const parsed = reuseClusterView.parse({ id, collection });
  if (!parsed.ok) {
    return (
      <>
        <h1>A story of reuse</h1>
        <BadParameter error={parsed.error} path={`/reuse/${id}`} />
      </>
    );
  }
  const cluster = await reuseClusterView.load(parsed.value);
  if (!cluster) notFound();
  const first = cluster.members[0];
  const inCollection = cluster.collection ? `?collection=${encodeURIComponent(cluster.collection)}` : "";
  const elsewhere = cluster.inAll.passages - cluster.passages;
  return (
    <>
      <p><Link href={`/reuse${inCollection}`}>← all stories of reuse</Link></p>
      <h1>A story of reuse: {plural(cluster.outlets, "outlet")}, {plural(cluster.articles, "article")}</h1>
      {cluster.collection && (
        <p className="hint" data-testid="reuse-scope">
          Its passages in the collection <strong>{cluster.collection}</strong>
          {elsewhere > 0 ? <>; {plural(elsewhere, "more passage")} in other collections: <Link href={`/reuse/${cluster.id}`}>the whole story ({plural(cluster.inAll.outlets, "outlet")}) →</Link></> : "."}
        </p>
      )}
      <p>
        First: <strong>{first.outlet}</strong>, {first.publishedAt ?? "undated"}
        {cluster.lastPublishedAt && cluster.lastPublishedAt !== cluster.firstPublishedAt && <> · last: {cluster.lastPublishedAt}</>}
        {" "}· {plural(cluster.links.length, "link")} between passages of different outlets. Marked: the words each passage shares with another of them.
      </p>
      <Downloads api="/api/reuse/cluster" query={`?id=${cluster.id}${inCollection.replace("?", "&")}`} />
      <ol className="reuse-members" data-testid="reuse-members">
        {cluster.members.map((m, i) => (
          <li key={m.passageId} className={`panel passage-card ${m.framing}`} data-testid="reuse-member">
            <div className="meta">
              <span>{i === 0 ? "first" : `#${i + 1}`}</span>
              <strong>{m.outlet}</strong>
              <span>{m.publishedAt ?? "undated"}</span>
              <span className={`badge ${m.framing}`}>{FRAMING_NAMES[m.framing]}</span>
              {m.speakerName && <span className="hint">speaker: {m.speakerName}</span>}
            </div>
            <p dir="auto"><SharedSpans text={m.text} spans={m.shared} /></p>
            <p className="hint"><a href={articleAnchor(m.articleId, m.position)}>{m.articleTitle} — paragraph {m.position + 1}</a></p>
          </li>
        ))}
      </ol>
    </>
  );
}
