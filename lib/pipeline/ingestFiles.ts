// Kept for callers that think in files (npm start, the e2e seed): files are inputs like any other.
import type { ArticleMeta } from "../ingest/types";
import { type FileOutcome, ingestInputs } from "./ingestInputs";
import type { LoadedModel } from "./loadModel";

export type { FileOutcome } from "./ingestInputs";

export function ingestFiles(files: string[], model: LoadedModel, flags: ArticleMeta = {}, onFile?: (o: FileOutcome) => void) {
  return ingestInputs(files, model, flags, onFile);
}
