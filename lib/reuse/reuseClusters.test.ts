import assert from "node:assert/strict";
import { test } from "node:test";
import { type ClusterMember, reuseClusters } from "./reuseClusters";

const m = (passageId: number, articleId: number, outletId: number, date: string | null): ClusterMember =>
  ({ passageId, articleId, outletId, publishedAt: date ? new Date(`${date}T00:00:00Z`) : null });

test("linked passages form connected components; unlinked passages form none", () => {
  const members = [m(1, 1, 1, "2024-03-02"), m(2, 2, 2, "2024-03-01"), m(3, 3, 2, null), m(4, 4, 3, "2024-01-01"), m(5, 5, 4, "2024-01-05"), m(6, 6, 5, "2023-01-01")];
  const clusters = reuseClusters(members, [{ a: 1, b: 2 }, { a: 2, b: 3 }, { a: 4, b: 5 }]);
  assert.deepEqual(clusters.map((c) => [c.id, c.members.map((x) => x.passageId)]), [[1, [2, 1, 3]], [4, [4, 5]]]);
  const [first] = clusters;
  assert.equal(first.first.passageId, 2, "earliest by date; undated last");
  assert.equal(first.articles, 3);
  assert.equal(first.outlets, 2);
  assert.equal(first.lastPublishedAt?.toISOString().slice(0, 10), "2024-03-02");
});

test("same date: the first ingested (lowest passage id) comes first", () => {
  const [c] = reuseClusters([m(9, 9, 1, "2024-05-05"), m(7, 7, 2, "2024-05-05")], [{ a: 7, b: 9 }]);
  assert.equal(c.first.passageId, 7);
});
