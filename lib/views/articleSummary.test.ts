import assert from "node:assert/strict";
import { test } from "node:test";
import { type SummarisedPassage, summariseArticle } from "./articleSummary";

const p = (position: number, framing: SummarisedPassage["framing"], speakerName: string | null = null, speakerRole: SummarisedPassage["speakerRole"] = null): SummarisedPassage =>
  ({ position, framing, speakerName, speakerRole });

test("the framing mix lists every framing in the one order, with shares and the first passage of each", () => {
  const s = summariseArticle([p(3, "critical"), p(0, "testimony"), p(1, "critical"), p(2, "testimony")]);
  assert.equal(s.passages, 4);
  assert.deepEqual(s.mix, [
    { framing: "official", passages: 0, share: 0, firstPosition: null },
    { framing: "critical", passages: 2, share: 0.5, firstPosition: 1 },
    { framing: "testimony", passages: 2, share: 0.5, firstPosition: 0 },
  ]);
});

test("speakers: one entry per name and role, most-quoted first, narration left out", () => {
  const s = summariseArticle([
    p(0, "critical"),
    p(1, "official", "Xu Guixiang", "state_official"),
    p(2, "testimony", "Gulbahar", "witness"),
    p(3, "testimony", "Gulbahar", "witness"),
    p(4, "testimony", null, "witness"),
    p(5, "official", "xu guixiang", "state_official"),
    p(6, "critical", "Human Rights Watch", "ngo"),
    p(7, "testimony", "Gulbahar", "witness"),
  ]);
  assert.deepEqual(s.speakers, [
    { name: "Gulbahar", role: "witness", passages: 3, firstPosition: 2 },
    { name: "Xu Guixiang", role: "state_official", passages: 2, firstPosition: 1 },
    { name: null, role: "witness", passages: 1, firstPosition: 4 },
    { name: "Human Rights Watch", role: "ngo", passages: 1, firstPosition: 6 },
  ]);
});

test("an article without passages has an empty mix, not a division by zero", () => {
  const s = summariseArticle([]);
  assert.deepEqual(s.mix.map((m) => [m.passages, m.share]), [[0, 0], [0, 0], [0, 0]]);
  assert.deepEqual(s.speakers, []);
});
