// The top of an article's page: its framing mix (passages and share per framing, in the framings' order, colours
// and patterns, each named and counted so colour is never the only cue; each a link to the first passage of that
// framing) and the speakers it quotes (name, role, passages, each a link to their first passage).
import { FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";
import { SPEAKER_ROLE_NAMES } from "@/lib/classify/speakerRoles";
import type { ArticleSummary as Summary } from "@/lib/views/article.types";
import { plural } from "@/lib/plural";
import { FramingMixBar } from "./FramingMixBar";

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function ArticleSummary({ summary }: { summary: Summary }) {
  const { mix, speakers, passages } = summary;
  return (
    <section className="article-summary" aria-labelledby="article-summary-title" data-testid="article-summary">
      <h2 id="article-summary-title">In this article</h2>
      <div className="article-mix">
        <h3>Framing mix <span className="hint">of {plural(passages, "passage")}</span></h3>
        <FramingMixBar counts={Object.fromEntries(mix.map((m) => [m.framing, m.passages])) as Record<FramingLabel, number>} />
        <ul className="mix-list" data-testid="article-mix">
          {mix.map((m) => (
            <li key={m.framing} data-framing={m.framing}>
              <span className={`swatch fill-${m.framing}`} aria-hidden="true" />
              {m.firstPosition === null
                ? <span className="framing-name">{FRAMING_NAMES[m.framing]}</span>
                : <a href={`#p-${m.firstPosition}`} className={`framing-name ink-${m.framing}`} title={`first ${FRAMING_NAMES[m.framing].toLowerCase()} passage: ¶${m.firstPosition + 1}`}>{FRAMING_NAMES[m.framing]}</a>}
              {" "}<span className="count">{plural(m.passages, "passage")} · {percent(m.share)}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="article-speakers">
        <h3>Speakers</h3>
        {speakers.length === 0
          ? <p className="hint">The article quotes no one by name or role: every passage is its own narration.</p>
          : (
            <ul data-testid="article-speakers">
              {speakers.map((s) => (
                <li key={`${s.name ?? ""}-${s.role ?? ""}-${s.firstPosition}`}>
                  <a href={`#p-${s.firstPosition}`}>{s.name ?? "first-person narrator"}</a>
                  {s.role && <> · <span className="role">{SPEAKER_ROLE_NAMES[s.role]}</span></>}
                  {" "}<span className="hint">{plural(s.passages, "passage")}, first ¶{s.firstPosition + 1}</span>
                </li>
              ))}
            </ul>
          )}
      </div>
    </section>
  );
}
