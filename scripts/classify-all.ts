// npm run classify-all   Re-label every stored passage with the active model. Labels set by reviewers are
// kept; the report says how many model labels changed framing. A slice of articles at a time, each saved in its
// own transaction (lib/pipeline/classifyAll.ts): an interrupted run is finished by running it again.
import { loadActiveModel } from "../lib/pipeline/loadModel";
import { classifyAll } from "../lib/pipeline/classifyAll";
import { exit } from "./support/exit";
import { openDatabase } from "./support/session";
import { createProgress } from "./support/progress";
import { countPassages } from "../lib/queries/reads";

const session = await openDatabase();
let code = 0;
try {
  const loaded = await loadActiveModel();
  if (!loaded) {
    console.error("[classify-all] no model stored: run `npm run train` first");
    code = 1;
  } else {
    const progress = createProgress(await countPassages(), "re-labelling", "passages");
    let done = 0;
    const s = await classifyAll(loaded, { onProgress: (passages) => { progress.tick(passages - done); done = passages; } }).finally(() => progress.stop());
    console.log(`re-labelled ${s.passages} passages with model version ${s.version}: ${s.changed} changed framing, ${s.human} reviewer labels kept as they were`);
  }
} finally {
  await session.close();
}
await exit(code);
