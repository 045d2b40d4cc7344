// The review queue: model labels no person has checked yet, least confident first. "uncertain" takes them
// all in that order (the ones below UNCERTAIN_BELOW come first and are flagged); "disagree" only those whose
// speaker and framing contradict each other (./disagreement.ts). A reviewed passage leaves the queue.
import { z } from "zod";
import type { FramingLabel } from "../classify/labels";
import type { SpeakerRole } from "../classify/speakerRoles";
import { describeParamIssue } from "../viewParams/parse";
import { strictFiltersSchema } from "../schema";

export const QUEUE_KINDS = ["uncertain", "disagree"] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];
export const QUEUE_NAMES: Record<QueueKind, string> = {
  uncertain: "least confident first",
  disagree: "speaker and framing disagree",
};

const single = (v: unknown) => (Array.isArray(v) ? v.at(-1) : v);

/** The queue's URL parameters, strict: the API answers 400 and the page shows the error. */
export const reviewParamsSchema = strictFiltersSchema.pick({ collection: true, framing: true, outlet: true, from: true, to: true, q: true }).extend({
  queue: z.preprocess(single, z.enum(QUEUE_KINDS).default("uncertain")),
  limit: z.preprocess(single, z.coerce.number().int().min(1).max(200).default(50)),
});
export type ReviewParams = z.infer<typeof reviewParamsSchema>;

/** The first problem, naming the parameter, or the parameters (unknown parameters are ignored, as elsewhere). */
export function parseReviewParams(record: Record<string, string | string[]>): { ok: true; value: ReviewParams } | { ok: false; error: string } {
  const r = reviewParamsSchema.safeParse(record);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: describeParamIssue(r.error) };
}

export interface NeighbourPassage { position: number; text: string; framing: FramingLabel }

export interface ReviewItem {
  id: number;
  articleId: number;
  articleTitle: string;
  outlet: string;
  publishedAt: string | null;
  position: number;
  text: string;
  /** the model's label and calibrated confidence */
  framing: FramingLabel;
  confidence: number;
  modelVersion: number | null;
  speakerName: string | null;
  speakerRole: SpeakerRole | null;
  uncertain: boolean;
  /** why speaker and framing disagree, or null */
  disagreement: string | null;
  previous: NeighbourPassage | null;
  next: NeighbourPassage | null;
}

export interface ReviewQueue {
  queue: QueueKind;
  /** unreviewed passages the queue holds, counted up to a bound (then totalAtLeast) */
  total: number;
  totalAtLeast: boolean;
  threshold: number;
  items: ReviewItem[];
}

/** The queue's order: lowest confidence first, then the passage's id so the order is stable. */
export function reviewOrder(a: Pick<ReviewItem, "confidence" | "id">, b: Pick<ReviewItem, "confidence" | "id">): number {
  return a.confidence - b.confidence || a.id - b.id;
}

/** URL parameters (without the defaults) for links that keep the queue's filters. */
export function reviewParamsToQuery(params: Partial<ReviewParams>): string {
  const out = new URLSearchParams();
  if (params.collection) out.set("collection", params.collection);
  if (params.queue && params.queue !== "uncertain") out.set("queue", params.queue);
  for (const f of params.framing ?? []) out.append("framing", f);
  for (const o of params.outlet ?? []) out.append("outlet", o);
  if (params.from) out.set("from", params.from);
  if (params.to) out.set("to", params.to);
  if (params.q) out.set("q", params.q);
  const s = out.toString();
  return s ? `?${s}` : "";
}
