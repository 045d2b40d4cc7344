// GET /api/reuse/cluster — one story of reuse (?id=), its passages in order with the spans they share.
import { viewRoute } from "@/lib/api/viewRoute";
import { reuseClusterView } from "@/lib/views";

export const GET = viewRoute(reuseClusterView);
