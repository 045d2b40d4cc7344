// A passage's label as the chosen view shows it: the model's (with its confidence and an "uncertain" flag
// below the threshold), the reviewer's, or both when they differ. Also who the passage quotes.
import { FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";
import { SPEAKER_ROLE_NAMES, type SpeakerRole } from "@/lib/classify/speakerRoles";
import type { LabelView } from "@/lib/schema";

export interface LabelFields {
  framing: FramingLabel; confidence: number; labelSource: "model" | "human";
  modelFraming: FramingLabel | null; modelConfidence: number | null;
}

/** The framing the view shows (the model's in "model" view). */
export function shownFraming(p: LabelFields, view: LabelView): FramingLabel {
  return view === "model" ? (p.modelFraming ?? p.framing) : p.framing;
}

export function PassageLabel({ p, view, threshold }: { p: LabelFields; view: LabelView; threshold: number }) {
  const modelFraming = p.modelFraming ?? p.framing;
  const modelConfidence = p.modelConfidence ?? p.confidence;
  const uncertain = modelConfidence < threshold;
  const pct = `${Math.round(modelConfidence * 100)}%`;
  const modelPart = (
    <span title="model label and calibrated confidence">
      model {pct}{uncertain && <> <span className="flag-uncertain" title={`calibrated confidence below ${threshold}`}>uncertain</span></>}
    </span>
  );
  if (view === "model") {
    return <><span className={`badge ${modelFraming}`}>{FRAMING_NAMES[modelFraming]}</span>{modelPart}</>;
  }
  if (p.labelSource === "human") {
    return (
      <>
        <span className={`badge ${p.framing}`}>{FRAMING_NAMES[p.framing]}</span>
        <span className="flag-human">labelled by a reviewer</span>
        {p.modelFraming && p.modelFraming !== p.framing && (
          <span className="model-said">model said <span className={`outline ${p.modelFraming}`}>{FRAMING_NAMES[p.modelFraming]}</span> ({pct})</span>
        )}
      </>
    );
  }
  return <><span className={`badge ${p.framing}`}>{FRAMING_NAMES[p.framing]}</span>{modelPart}</>;
}

export function SpeakerTag({ name, role }: { name: string | null; role: SpeakerRole | null }) {
  if (!name && !role) return null;
  return (
    <span className="speaker" title="who the passage attributes its words to">
      speaker: {name ?? "first-person narrator"}{role && <> · <span className="role">{SPEAKER_ROLE_NAMES[role]}</span></>}
    </span>
  );
}
