// GET /api/evaluation — the classifier's evaluation as the Evaluation page shows it; format=csv with table=… (docs/api.md).
import { viewRoute } from "@/lib/api/viewRoute";
import { evaluationView } from "@/lib/views";

export const GET = viewRoute(evaluationView);
