// GET /api/concordance — keyword-in-context lines for a term, a typed phrase or a contested-terms name.
import { viewRoute } from "@/lib/api/viewRoute";
import { concordanceView } from "@/lib/views";

export const GET = viewRoute(concordanceView);
