import assert from "node:assert/strict";
import { test } from "node:test";
import { inlineParameters } from "./inlineParameters";

test("values become quoted literals, typed by their context as parameters are", () => {
  assert.equal(inlineParameters("p.framing = ANY($1::\"Framing\"[]) AND p.published_at >= $2::date", [["official", "critical"], "2020-01-01"]),
    "p.framing = ANY('{\"official\",\"critical\"}'::\"Framing\"[]) AND p.published_at >= '2020-01-01'::date");
  assert.equal(inlineParameters("$1 < $2 AND $3", [0.5, 10, true]), "'0.5' < '10' AND 'true'");
  assert.equal(inlineParameters("x IS $1", [null]), "x IS NULL");
});

test("quotes and backslashes cannot end a literal early", () => {
  assert.equal(inlineParameters("q = $1", ["it's"]), "q = 'it''s'");
  // pg's escapeLiteral writes a string holding a backslash as E'…' (with a space before it)
  assert.equal(inlineParameters("q = $1", ["a\\b"]), String.raw`q =  E'a\\b'`);
  assert.equal(inlineParameters("o IN ($1)", [["Le \"Monde\"", "x\\y"]]), String.raw`o IN ( E'{"Le \\"Monde\\"","x\\\\y"}')`);
});

test("$10 is the tenth value, not the first followed by 0", () => {
  const values = Array.from({ length: 10 }, (_, i) => i + 1);
  assert.equal(inlineParameters("$1,$10", values), "'1','10'");
});

test("a missing value or an unsupported one is an error, not a guess", () => {
  assert.throws(() => inlineParameters("$2", [1]), /no value for parameter \$2/);
  assert.throws(() => inlineParameters("$1", [{ a: 1 }]), /cannot write a object/);
  assert.throws(() => inlineParameters("$1", [NaN]), /cannot write NaN/);
});
