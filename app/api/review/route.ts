// GET /api/review?queue=uncertain|disagree&framing=…&outlet=…&from=…&to=…&q=…&limit=… — the passages most worth a reviewer's look, least confident first, each with its neighbours.
import { viewRoute } from "@/lib/api/viewRoute";
import { reviewView } from "@/lib/views";

export const GET = viewRoute(reviewView);
