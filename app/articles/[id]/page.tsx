// One article, passage by passage, coloured by framing; each passage is an anchor (#p-N) that lists link to.
// At the top, what it is made of: its framing mix and the speakers it quotes, each a link to a passage.
// With a reviewer token configured, each passage's framing can be corrected here; without one the page says
// it is read-only.
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleSummary } from "@/components/ArticleSummary";
import { PassageLabel, SpeakerTag } from "@/components/PassageLabel";
import { BadParameter } from "@/components/BadParameter";
import { Highlight } from "@/components/Highlight";
import { LabelEditor, ReviewerTokenField } from "@/components/ReviewerControls";
import { TargetPassage } from "@/components/TargetPassage";
import { ReuseNote } from "@/components/ReuseNote";
import { OffTopicNotice } from "@/components/OffTopicNotice";
import { getEnv } from "@/lib/env";
import { directionOf } from "@/lib/ingest/detectLanguage";
import { safeHttpUrl } from "@/lib/safeUrl";
import { loadArticle, loadArticleMarks } from "@/lib/views";
import type { PageSearchParams } from "@/lib/viewParams";

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const article = await loadArticle((await params).id);
  if (!article) notFound();
  const marks = loadArticleMarks(await searchParams);
  const { mark, find, collection: cameFrom } = marks.ok ? marks.value : { mark: [], find: undefined, collection: undefined };
  // back to the collection the reader came from if the article is in it, else to the first one it is in
  const back = article.collections.find((c) => c.name === cameFrom) ?? article.collections[0];
  const overviewOf = (name: string) => `/?collection=${encodeURIComponent(name)}`;
  const { REVIEWER_TOKEN, UNCERTAIN_BELOW } = getEnv();
  const canReview = Boolean(REVIEWER_TOKEN);
  const published = article.publishedAt?.toISOString().slice(0, 10);
  const original = safeHttpUrl(article.url);
  return (
    <article className="reader" lang={article.language === "und" ? undefined : article.language}>
      <TargetPassage />
      {!marks.ok && <BadParameter error={marks.error} path={`/articles/${article.id}`} />}
      <p><Link href={back ? overviewOf(back.name) : "/"}>← {back ? `${back.name} overview` : "overview"}</Link></p>
      <h1 dir="auto">{article.title}</h1>
      <p className="hint">
        {article.outlet.name}
        {article.siteName && article.siteName !== article.outlet.name && <> (on the page: <span data-testid="site-name">{article.siteName}</span>)</>}
        {article.byline ? ` · ${article.byline}` : ""}{published ? ` · ${published}` : ""}
        {original && <> · <a href={original} rel="noopener noreferrer" target="_blank">original article</a></>}
        {article.url && !original && <> · original address (not a web link): <code>{article.url}</code></>}
      </p>
      <p className="hint" data-testid="article-collections">
        {article.collections.length === 0 ? "In no collection: no view counts it." : <>In {article.collections.length === 1 ? "collection" : "collections"}{" "}
          {article.collections.map((c, i) => <span key={c.name}>{i > 0 && ", "}<a href={overviewOf(c.name)}>{c.name}</a></span>)}</>}
      </p>
      <OffTopicNotice flags={article.offTopic} />
      <ArticleSummary summary={article.summary} />
      {canReview
        ? <ReviewerTokenField />
        : <p className="read-only" role="note">Read-only: labels cannot be corrected here because no reviewer token is configured (set REVIEWER_TOKEN).</p>}
      {article.passages.map((p) => (
        <section key={p.id} id={`p-${p.position}`} tabIndex={-1} className={`passage ${p.framing}`} data-framing={p.framing} data-label-source={p.labelSource}>
          <div className="meta">
            <a href={`#p-${p.position}`}>¶{p.position + 1}</a> <PassageLabel p={p} view="both" threshold={UNCERTAIN_BELOW} />
            {p.labelSource === "model" && <span className="hint">v{p.modelVersion ?? "?"}</span>}
            <SpeakerTag name={p.speakerName} role={p.speakerRole} />
            {canReview && <LabelEditor passageId={p.id} framing={p.framing} />}
          </div>
          <ReuseNote note={article.reuse.get(p.id)} />
          <p dir={directionOf(article.language) === "rtl" ? "rtl" : "auto"}><Highlight text={p.text} words={mark} substrings={find ? [find] : []} /></p>
        </section>
      ))}
    </article>
  );
}
