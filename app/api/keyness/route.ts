// GET /api/keyness — terms typical of selection A vs B (and B vs A) (docs/api.md).
import { viewRoute } from "@/lib/api/viewRoute";
import { keynessView } from "@/lib/views";

export const GET = viewRoute(keynessView);
