// GET /api/overview — passages per framing by outlet and by month, and top terms per framing (docs/api.md).
import { viewRoute } from "@/lib/api/viewRoute";
import { overviewView } from "@/lib/views";

export const GET = viewRoute(overviewView);
