// GET /api/articles — the articles of a selection, a page at a time, with their framing mix (CSV with format=csv).
import { viewRoute } from "@/lib/api/viewRoute";
import { articleListView } from "@/lib/views";

export const GET = viewRoute(articleListView);
