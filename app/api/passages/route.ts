// GET /api/passages — the passages behind any number, paginated (docs/api.md).
import { viewRoute } from "@/lib/api/viewRoute";
import { passagesView } from "@/lib/views";

export const GET = viewRoute(passagesView);
