// A worker thread running one of the project's TypeScript modules through tsx (a runtime dependency). The
// module is found from the project root, not from this file's own address: inside the built web server this
// file is bundled into .next/, where neither the sources nor `import.meta.resolve` are where they are in a CLI.
// Every entry point (the CLIs, `next start`, the tests) runs from the project root.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

export function startTypeScriptWorker(modulePath: string, options: WorkerOptions = {}): Worker {
  const root = process.cwd();
  const entry = pathToFileURL(path.join(/* turbopackIgnore: true */ root, modulePath)).href;
  const tsx = pathToFileURL(tsxEsmApi(root)).href;
  // an eval'd bootstrap: a worker does not inherit tsx's loader from the process's flags
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** tsx's ESM register API, by its package's own exports map (require.resolve would give the CommonJS build). */
function tsxEsmApi(root: string): string {
  const manifest = createRequire(path.join(root, "package.json")).resolve("tsx/package.json");
  const { exports } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { exports: Record<string, { import: { default: string } }> };
  return path.join(path.dirname(manifest), exports["./esm/api"].import.default);
}
