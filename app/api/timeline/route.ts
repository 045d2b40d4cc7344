// GET /api/timeline — per month: passages per framing, or (with term/phrase) the term's occurrences per framing.
import { viewRoute } from "@/lib/api/viewRoute";
import { timelineView } from "@/lib/views";

export const GET = viewRoute(timelineView);
