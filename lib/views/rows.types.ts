// The row shapes the client components draw, as plain types: components import these, never the server code
// that produces them. Each view's loader is typed with them, so a read whose rows stop fitting fails to compile.
import type { FramingLabel } from "../classify/labels";
import type { SpeakerRole } from "../classify/speakerRoles";

/** A passage in a list: its text and label, the model's own label beside a reviewer's, its speaker and article. */
export interface PassageRow {
  id: number; position: number; text: string; framing: FramingLabel; confidence: number; labelSource: "model" | "human";
  articleId: number; articleTitle: string; outlet: string; publishedAt: string | null;
  modelFraming: FramingLabel | null; modelConfidence: number | null; speakerName: string | null; speakerRole: SpeakerRole | null;
  /** for citing: the article's original address and byline, and the model version whose label this is (null: a reviewer's) */
  articleUrl: string | null; articleByline: string | null; modelVersion: number | null;
}

/** One of a framing's most frequent terms: its stem key, its most common form, occurrences and passages. */
export interface TopTermRow { framing: FramingLabel; stem: string; term: string; count: number; passages: number }

/** A term list counted in a random sample of a large selection's passages: the share of the table's pages read. */
export interface TermSample { percent: number }
