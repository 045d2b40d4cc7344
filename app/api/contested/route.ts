// GET /api/contested — the contested-terms ledger: each competing name's count and share, by outlet and by year.
import { viewRoute } from "@/lib/api/viewRoute";
import { contestedView } from "@/lib/views";

export const GET = viewRoute(contestedView);
