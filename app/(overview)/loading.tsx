// Shown at once while the view is computed on the server.
import { LoadingView } from "@/components/LoadingView";

export default function Loading() {
  return <LoadingView title="Framing overview" blocks={3} />;
}
