// POST /api/review/retrain — a reviewer starts a retraining (202; 409 while one runs). GET — whether one is
// running and its progress, and the last comparison of a candidate with the active version.
import { reviewerRoute } from "@/lib/api/reviewerRoute";
import { viewRoute } from "@/lib/api/viewRoute";
import { startRetrainJob } from "@/lib/pipeline/startRetrainJob";
import { attemptView } from "@/lib/review/attemptView";
import { getTrainingAttempt } from "@/lib/queries/writes";
import { retrainStatusView } from "@/lib/views";

export const POST = reviewerRoute("read-only: no REVIEWER_TOKEN is configured, so the model cannot be retrained from the dashboard", async () => {
  const started = await startRetrainJob();
  if (!started.ok) {
    return Response.json({ error: `a retraining is already running (attempt ${started.running.id})`, attempt: attemptView(started.running) }, { status: 409 });
  }
  return Response.json({ attempt: attemptView(await getTrainingAttempt(started.id)) }, { status: 202 });
});

export const GET = viewRoute(retrainStatusView);
