// GET /api/compare — two selections side by side: framing mix, frequent terms, and the terms that separate them.
import { viewRoute } from "@/lib/api/viewRoute";
import { compareView } from "@/lib/views";

export const GET = viewRoute(compareView);
