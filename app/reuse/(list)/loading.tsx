// Shown at once while the view is computed on the server.
import { LoadingView } from "@/components/LoadingView";

export default function Loading() {
  return <LoadingView title="Text reuse" blocks={2} />;
}
