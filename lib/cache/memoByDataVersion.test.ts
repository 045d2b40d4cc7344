import assert from "node:assert/strict";
import { test } from "node:test";
import { createDataVersionMemo } from "./memoByDataVersion";

function setup(capacity = 10) {
  const state = { version: "1:1:", enabled: true, computed: 0 };
  const memo = createDataVersionMemo({ version: async () => state.version, enabled: () => state.enabled, capacity });
  const rows = memo.wrap("rows", async (filter: { framing: string }) => {
    state.computed += 1;
    return [{ framing: filter.framing, n: state.computed }];
  });
  return { state, memo, rows };
}

test("an answer is reused while the version is unchanged, per arguments", async () => {
  const { state, rows } = setup();
  assert.deepEqual(await rows({ framing: "testimony" }), [{ framing: "testimony", n: 1 }]);
  assert.deepEqual(await rows({ framing: "testimony" }), [{ framing: "testimony", n: 1 }]);
  assert.deepEqual(await rows({ framing: "official" }), [{ framing: "official", n: 2 }]);
  assert.equal(state.computed, 2);
});

test("a write (a new version) forgets every answer", async () => {
  const { state, rows } = setup();
  await rows({ framing: "testimony" });
  state.version = "1:2:";
  assert.deepEqual(await rows({ framing: "testimony" }), [{ framing: "testimony", n: 2 }]);
});

test("an answer computed while a write committed is not remembered", async () => {
  const state = { version: "1:1:", computed: 0 };
  const memo = createDataVersionMemo({ version: async () => state.version, enabled: () => true, capacity: 10 });
  const count = memo.wrap("count", async () => {
    state.computed += 1;
    state.version = `1:${state.computed + 1}:`; // the write lands while the answer is computed
    return state.computed;
  });
  await count();
  state.version = "9:9:";
  await count();
  await count();
  assert.equal(state.computed, 3, "each answer raced a write, so none was reused");
});

test("callers get copies, and concurrent callers share one computation", async () => {
  const { state, rows } = setup();
  const [first, second] = await Promise.all([rows({ framing: "critical" }), rows({ framing: "critical" })]);
  assert.equal(state.computed, 1);
  first[0].n = 99;
  assert.equal(second[0].n, 1);
  assert.equal((await rows({ framing: "critical" }))[0].n, 1);
});

test("turned off, every call computes; full, it starts over", async () => {
  const { state, rows } = setup(2);
  state.enabled = false;
  await rows({ framing: "a" });
  await rows({ framing: "a" });
  assert.equal(state.computed, 2);
  state.enabled = true;
  for (const framing of ["a", "b", "c", "a"]) await rows({ framing });
  assert.equal(state.computed, 6, "a and b filled it, c cleared it, so a was computed again");
});
