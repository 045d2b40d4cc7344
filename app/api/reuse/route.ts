// GET /api/reuse — the stories of reuse a selection touches, ranked by outlets or articles.
import { viewRoute } from "@/lib/api/viewRoute";
import { reuseView } from "@/lib/views";

export const GET = viewRoute(reuseView);
