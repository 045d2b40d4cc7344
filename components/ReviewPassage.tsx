// A passage under review: its text, the model's label and confidence, its speaker, why speaker and framing
// disagree, its neighbours in the article, and a link to its place there.
import { FRAMING_NAMES } from "@/lib/classify/labels";
import type { NeighbourPassage, ReviewItem } from "@/lib/review/reviewQueue";
import { SpeakerTag } from "./PassageLabel";

function Neighbour({ which, p }: { which: string; p: NeighbourPassage | null }) {
  if (!p) return <p className="review-neighbour hint">{which}: none ({which === "Before" ? "first" : "last"} passage of the article)</p>;
  return (
    <p className={`review-neighbour ${p.framing}`} dir="auto">
      <span className="hint">{which} (¶{p.position + 1}, {FRAMING_NAMES[p.framing]}): </span>{p.text}
    </p>
  );
}

export function ReviewPassage({ item, threshold }: { item: ReviewItem; threshold: number }) {
  return (
    <article className={`review-passage ${item.framing}`} data-testid="review-current" data-passage-id={item.id} data-framing={item.framing} data-speaker-role={item.speakerRole ?? ""}>
      <p className="hint">
        <a href={`/articles/${item.articleId}#p-${item.position}`}>{item.articleTitle}, ¶{item.position + 1}</a>
        {` · ${item.outlet}${item.publishedAt ? ` · ${item.publishedAt}` : ""}`}
      </p>
      <Neighbour which="Before" p={item.previous} />
      <blockquote className="review-text" dir="auto">{item.text}</blockquote>
      <Neighbour which="After" p={item.next} />
      <p className="review-meta">
        <span className={`badge ${item.framing}`}>{FRAMING_NAMES[item.framing]}</span>{" "}
        <span title="the model's calibrated confidence">model {Math.round(item.confidence * 100)}%{item.modelVersion ? ` (v${item.modelVersion})` : ""}</span>
        {item.uncertain && <> <span className="flag-uncertain" title={`calibrated confidence below ${threshold}`}>uncertain</span></>}
        {" "}<SpeakerTag name={item.speakerName} role={item.speakerRole} />
      </p>
      {item.disagreement && <p className="review-disagreement" data-testid="review-disagreement">Speaker and framing disagree: {item.disagreement}.</p>}
    </article>
  );
}
