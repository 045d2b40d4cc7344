// The article page's summary, as plain types for the component that draws it (components/ArticleSummary.tsx).
import type { FramingLabel } from "../classify/labels";
import type { SpeakerRole } from "../classify/speakerRoles";

/** One framing's part of the article: its passages, their share of all, and where the first of them is. */
export interface ArticleFramingShare { framing: FramingLabel; passages: number; share: number; firstPosition: number | null }

/** Someone the article quotes: name (null: an unnamed first-person narrator), role, passages, the first of them. */
export interface ArticleSpeaker { name: string | null; role: SpeakerRole | null; passages: number; firstPosition: number }

export interface ArticleSummary { passages: number; mix: ArticleFramingShare[]; speakers: ArticleSpeaker[] }

/** A collection the article looked off-topic for when it joined: its score then, and the collection's range and threshold now. */
export interface ArticleOffTopicFlag { collection: string; similarity: number; range: [number, number]; threshold: number }
