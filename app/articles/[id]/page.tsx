// One article, passage by passage, coloured by framing; each passage is an anchor (#p-N) that lists link to.
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";
import { getArticle } from "@/lib/queries/getArticle";

const idSchema = z.coerce.number().int().positive();

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const article = await getArticle(id.data);
  if (!article) notFound();
  const published = article.publishedAt?.toISOString().slice(0, 10);
  return (
    <article className="reader" lang={article.language}>
      <p><Link href="/">← overview</Link></p>
      <h1>{article.title}</h1>
      <p className="hint">
        {article.outlet.name}{article.byline ? ` · ${article.byline}` : ""}{published ? ` · ${published}` : ""}
        {article.url && <> · <a href={article.url} rel="noreferrer noopener" target="_blank">original article</a></>}
      </p>
      <div className="legend">
        <span style={{ color: "var(--official)" }}>Official framing</span>
        <span style={{ color: "var(--critical)" }}>Critical framing</span>
        <span style={{ color: "var(--testimony)" }}>Testimony</span>
      </div>
      {article.passages.map((p) => (
        <section key={p.id} id={`p-${p.position}`} className={`passage ${p.framing}`} data-framing={p.framing}>
          <div className="meta">
            <a href={`#p-${p.position}`}>¶{p.position + 1}</a> · <span className={`badge ${p.framing}`}>{FRAMING_NAMES[p.framing as FramingLabel]}</span>{" "}
            {p.labelSource === "human" ? "labelled by a person" : `${Math.round(p.confidence * 100)}% confidence (model v${p.modelVersion ?? "?"})`}
          </div>
          <p>{p.text}</p>
        </section>
      ))}
    </article>
  );
}
