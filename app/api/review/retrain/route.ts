// POST /api/review/retrain — a reviewer starts a retraining (202; 409 while one runs). GET — whether one is
// running and its progress, and the last comparison of a candidate with the active version.
import { authorizeReviewer } from "@/lib/api/authorizeReviewer";
import { startRetrainJob } from "@/lib/pipeline/startRetrainJob";
import { attemptView } from "@/lib/review/attemptView";
import { getLatestTrainingAttempts, getTrainingAttempt } from "@/lib/queries/writes";

export async function POST(request: Request) {
  const refused = await authorizeReviewer(request, "read-only: no REVIEWER_TOKEN is configured, so the model cannot be retrained from the dashboard");
  if (refused) return refused;
  const started = await startRetrainJob();
  if (!started.ok) {
    return Response.json({ error: `a retraining is already running (attempt ${started.running.id})`, attempt: attemptView(started.running) }, { status: 409 });
  }
  return Response.json({ attempt: attemptView(await getTrainingAttempt(started.id)) }, { status: 202 });
}

export async function GET() {
  const { latest, lastCompared } = await getLatestTrainingAttempts();
  return Response.json({
    running: latest?.status === "running",
    latest: attemptView(latest),
    lastCompared: attemptView(lastCompared),
  }, { headers: { "cache-control": "no-store" } });
}
