import assert from "node:assert/strict";
import { test } from "node:test";
import { FRAMINGS } from "../classify/labels";
import { articleColumns, articleCounts } from "./sideArticles";

const framingsOf = (bits: number) => FRAMINGS.map((_, f) => f).filter((f) => bits & (1 << f));

test("every side of one, two or three framings counts each article using a term in it exactly once", () => {
  // an article's use of a term: any non-empty set of framings; a side: any non-empty set of framings
  for (let side = 1; side < 1 << FRAMINGS.length; side++) {
    const columns = articleColumns(framingsOf(side));
    for (let usedIn = 1; usedIn < 1 << FRAMINGS.length; usedIn++) {
      let counted = 0;
      for (const f of framingsOf(usedIn)) {
        const column = columns[f];
        if (column) counted += articleCounts(usedIn, f)[column];
      }
      assert.equal(counted, usedIn & side ? 1 : 0, `side ${framingsOf(side)}, article using it in ${framingsOf(usedIn)}`);
    }
  }
});

test("a side of every framing is the side of none named; a framing outside the side adds nothing", () => {
  assert.deepEqual(articleColumns(null), articleColumns([0, 1, 2]));
  assert.deepEqual(articleColumns([]), articleColumns([2, 1, 0]));
  assert.deepEqual(articleColumns([1]), [null, "articles", null]);
});
