// GET /api/reuse/outlets — which outlets repeat an outlet's wording (?outlet=), and how soon.
import { viewRoute } from "@/lib/api/viewRoute";
import { reuseOutletsView } from "@/lib/views";

export const GET = viewRoute(reuseOutletsView);
