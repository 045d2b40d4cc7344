import assert from "node:assert/strict";
import { test } from "node:test";
import { filtersToQuery, parseFilters } from "./schema";

test("filters survive a trip through the URL", () => {
  const query = "?framing=testimony&framing=official&outlet=Meridian+Wire+%28sample%29&from=2019-01&to=2021-12&q=camp&term=camp";
  const filters = parseFilters(new URLSearchParams(query));
  assert.deepEqual(filters.framing, ["testimony", "official"]);
  assert.deepEqual(filters.outlet, ["Meridian Wire (sample)"]);
  assert.equal(filters.from, "2019-01");
  assert.equal(filtersToQuery(filters), query);
});

test("Next's searchParams record parses the same way as URLSearchParams", () => {
  const filters = parseFilters({ framing: "critical", outlet: ["A", "B"], q: "  " });
  assert.deepEqual(filters.framing, ["critical"]);
  assert.deepEqual(filters.outlet, ["A", "B"]);
  assert.equal(filters.q, undefined);
});

test("an unknown framing or a malformed date never reaches a query", () => {
  const bad = parseFilters(new URLSearchParams("framing=propaganda&from=last-week"));
  assert.deepEqual(bad.framing, []);
  assert.equal(bad.from, undefined);
});

test("the uncertain flag and the label view live in the URL; 'both' is the default and left out", () => {
  const filters = parseFilters(new URLSearchParams("framing=critical&uncertain=1&labels=model"));
  assert.equal(filters.uncertain, "1");
  assert.equal(filters.labels, "model");
  assert.equal(filtersToQuery(filters), "?framing=critical&uncertain=1&labels=model");
  assert.equal(filtersToQuery(parseFilters(new URLSearchParams("labels=both"))), "");
  const junk = parseFilters(new URLSearchParams("uncertain=yes&labels=robots&framing=official"));
  assert.equal(junk.uncertain, undefined);
  assert.equal(junk.labels, undefined);
  assert.deepEqual(junk.framing, ["official"]);
});
