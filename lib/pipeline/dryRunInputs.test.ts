import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { articleSpeakers } from "../classify/articleSpeakers";
import { dryRunInputs, type DryRunRecord } from "./dryRunInputs";
import { databaseFreeModel } from "./loadModel";

// A made-up article: a named official introduced with his title, a "he added" in the next paragraph, a new
// witness whose quote must not go to the official, and a paragraph of narration.
const ARTICLE = `Officials defend the new checkpoints

“The checkpoints keep everyone safe,” said Tursun Ablimit, deputy head of the county police bureau.

He added that residents had welcomed the measures.

A shopkeeper whose brother was detained at a checkpoint last spring said she no longer travels to the county town. “They scan your face and your phone,” she said.

The county has eleven checkpoints on its two main roads.
`;

test("dry-run passages carry the speaker found with the article's context, as stored passages do", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-dry-run-"));
  try {
    const file = path.join(dir, "checkpoints.txt");
    fs.writeFileSync(file, ARTICLE);
    const [record] = (await dryRunInputs([file], databaseFreeModel(() => {}))) as DryRunRecord[];
    const speakers = record.passages.map((p) => p.speaker);
    assert.deepEqual(speakers, [
      { name: "Tursun Ablimit", role: "state_official" },
      { name: "Tursun Ablimit", role: "state_official" },
      { name: "A shopkeeper", role: "witness" },
      null,
    ]);
    // the same answer as reading the passages as one article
    assert.deepEqual(speakers, articleSpeakers(record.passages.map((p) => p.text)));
    assert.deepEqual(Object.keys(record.passages[0]), ["index", "text", "label", "confidence", "speaker"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
