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
  /** its article was flagged off-topic when it joined the collection read */
  offTopic: boolean;
}

/**
 * A passage as a researcher cites it, the same fields in the passage CSV's columns and in each JSON row's
 * `citation`: the article (title, outlet, author, date, original address), the passage's place on this dashboard
 * (its anchor, a path on the dashboard's address, and paragraph number), its label and who gave it (`reviewer`, or
 * the model and its version), the model's confidence and own label, and the speaker. Empty strings where unknown,
 * as a spreadsheet shows them.
 */
export interface PassageCitation {
  article_title: string; outlet: string; author: string; published: string; original_url: string;
  dashboard_anchor: string; paragraph: number; framing: FramingLabel; labelled_by: string; confidence: number | "";
  model_framing: FramingLabel | ""; speaker: string; speaker_role: SpeakerRole | "";
}

/** A passage in a list with its citation. */
export interface CitedPassageRow extends PassageRow { citation: PassageCitation }

/** One of a framing's most frequent terms: its stem key, its most common form, occurrences and passages. */
export interface TopTermRow { framing: FramingLabel; stem: string; term: string; count: number; passages: number }

/** A term list counted in a random sample of a large selection's passages: the share of the table's pages read. */
export interface TermSample { percent: number; of: "pages" | "articles" }
