// The contested-terms list is read from its file, and read again only once the file changes.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { loadContestedTerms } from "./contestedTerms";

const ledger = (label: string) => JSON.stringify({ groups: [{ id: "camps", label, names: [{ id: "a", name: "A", forms: ["camp"] }, { id: "b", name: "B", forms: ["centre"] }] }] });

test("an unchanged file is not parsed again; an edited one is", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "contested-")), "terms.json");
  fs.writeFileSync(file, ledger("first"));
  const first = loadContestedTerms(file);
  assert.equal(loadContestedTerms(file), first, "the same groups while the file is unchanged");
  fs.writeFileSync(file, ledger("second, longer"));
  assert.equal(loadContestedTerms(file)[0].label, "second, longer");
  fs.writeFileSync(file, "{ \"groups\": [] }");
  assert.throws(() => loadContestedTerms(file), /groups/, "a broken edit is reported, not hidden by the remembered list");
});
