import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { describeSides, missingCollection, withCollectionName } from "./collections";

const xinjiang = { name: "xinjiang", isDefault: true, articles: 22, passages: 168 };
const sarn = { name: "sarn-dam", isDefault: false, articles: 10, passages: 60 };

describe("a view's collection", () => {
  test("an unknown name is the view's not-found message; a found one is none", () => {
    assert.equal(missingCollection({ collection: "nope" }, null), "no collection named 'nope'");
    assert.equal(missingCollection({}, null), "no default collection (make one the default)");
    assert.equal(missingCollection({ collection: "sarn-dam" }, sarn), null);
  });

  test("a file's filters name the default collection when the address leaves it out", () => {
    assert.deepEqual(withCollectionName({ framing: ["official" as const] }, xinjiang), { framing: ["official"], collection: "xinjiang" });
  });

  test("two sides name their collection once when it is the same, on each side when not", () => {
    assert.equal(describeSides({ framing: ["testimony"] }, xinjiang, { framing: ["official"] }, xinjiang), "collection-xinjiang_A-framing-testimony_B-framing-official");
    assert.equal(describeSides({ framing: ["official"] }, xinjiang, { collection: "sarn-dam", framing: ["official"] }, sarn),
      "A-collection-xinjiang_A-framing-official_B-collection-sarn-dam_B-framing-official");
    assert.equal(describeSides({}, xinjiang, {}, xinjiang), "collection-xinjiang");
  });
});
