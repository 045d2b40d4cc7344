// One article, passage by passage, coloured by framing; each passage is an anchor (#p-N) that lists link to.
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";
import { directionOf } from "@/lib/ingest/detectLanguage";
import { getArticle } from "@/lib/queries/getArticle";
import { safeHttpUrl } from "@/lib/safeUrl";

const idSchema = z.coerce.number().int().positive();

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const article = await getArticle(id.data);
  if (!article) notFound();
  const published = article.publishedAt?.toISOString().slice(0, 10);
  const original = safeHttpUrl(article.url);
  return (
    <article className="reader" lang={article.language === "und" ? undefined : article.language}>
      <p><Link href="/">← overview</Link></p>
      <h1 dir="auto">{article.title}</h1>
      <p className="hint">
        {article.outlet.name}{article.byline ? ` · ${article.byline}` : ""}{published ? ` · ${published}` : ""}
        {original && <> · <a href={original} rel="noopener noreferrer" target="_blank">original article</a></>}
        {article.url && !original && <> · original address (not a web link): <code>{article.url}</code></>}
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
          <p dir={directionOf(article.language) === "rtl" ? "rtl" : "auto"}>{p.text}</p>
        </section>
      ))}
    </article>
  );
}
