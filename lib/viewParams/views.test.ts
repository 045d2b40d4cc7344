// The one parse behind each page and its API route: bad values named, unknown parameters ignored.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pageParamProblem, parseConcordanceParams, parseKeynessParams, parsePassagesParams, salvageFilters, salvageSelections, toRecord, withDefaultSelections } from "./index";

const problem = (path: string, query: string) => pageParamProblem(path, new URLSearchParams(query));

test("a malformed value of a known parameter is named with what is allowed", () => {
  assert.match(problem("/", "from=2020-13") ?? "", /^bad parameter "from": .*YYYY-MM/);
  assert.match(problem("/keyness", "a.framing=bogus") ?? "", /^bad parameter "a\.framing": .*official.*critical.*testimony/);
  assert.match(problem("/compare", "b.to=2021-02-30") ?? "", /^bad parameter "b\.to"/);
  assert.match(problem("/concordance", "phrase=camps&sort=sideways") ?? "", /^bad parameter "sort": .*date.*left.*right/);
  assert.match(problem("/contested", "group=Not A Group") ?? "", /^bad parameter "group": .*"facilities"/);
  assert.match(problem("/contested", "group=no-such-group") ?? "", /^bad parameter "group"/);
  assert.match(problem("/review", "queue=everything") ?? "", /^bad parameter "queue"/);
  assert.match(problem("/add", "jobs=not-a-job") ?? "", /^bad parameter "jobs": .*UUID/);
  assert.match(problem("/", "page=0") ?? "", /^bad parameter "page"/);
  assert.match(problem("/", "labels=robots") ?? "", /^bad parameter "labels"/);
  // every view a page shows is checked: the overview's passage list, the concordance's target, the evaluation's table
  assert.match(problem("/", "pageSize=0") ?? "", /^bad parameter "pageSize"/);
  assert.match(problem("/concordance", "contested=facilities.no-such-name") ?? "", /^bad parameter "contested": no name/);
  assert.match(problem("/concordance", "phrase=camps&term=camp") ?? "", /^bad parameter "term": give exactly one/);
  assert.match(problem("/evaluation", "table=everything") ?? "", /^bad parameter "table"/);
  // a story of reuse: its collection is checked; an id that names no story is the page's 404, not a 400
  assert.match(problem("/reuse/12", "collection=Not A Name") ?? "", /^bad parameter "collection"/);
  assert.equal(problem("/reuse/0", "collection=Not A Name"), null);
  assert.equal(problem("/reuse/12", "collection=xinjiang"), null);
});

test("valid addresses, unknown parameters and paths without parameters pass", () => {
  for (const [path, query] of [["/", ""], ["/", "framing=critical&from=2019-01&to=2020-12&q=camp&utm_source=x"], ["/keyness", "a.framing=testimony&b.framing=official&limit=9"],
    ["/concordance", "phrase="], ["/", "from=&to=&labels=&uncertain=&q=&page="], ["/keyness", "a.framing=&a.from=&b.to=&b.outlet="],
    ["/concordance", "phrase=camps&contested=&sort="], ["/concordance", "phrase=camps&sort=left"], ["/contested", "group=facilities"], ["/review", "queue=disagree"],
    ["/add", "jobs="], ["/add", "jobs=0b6f9c1e-8a8e-4c39-9f0a-6f3c2b1d4e5f,1c7a0d2f-9b9f-4d4a-8a1b-7a4d3c2e5f60"], ["/evaluation", "from=nonsense"],
    ["/articles/3", "from=nonsense"], ["/api/overview", "from=2020-13"], ["/keyness/", ""]]) {
    assert.equal(problem(path, query), null, `${path}?${query}`);
  }
});

test("the page reads what the route reads", () => {
  const r = parsePassagesParams(toRecord(new URLSearchParams("framing=critical&outlet=A&outlet=B&page=3&format=csv")));
  assert.ok(r.ok);
  assert.deepEqual(r.value.filters.outlet, ["A", "B"]);
  assert.equal(r.value.options.page, 3);
  const c = parseConcordanceParams(toRecord({ phrase: "  camps ", sort: undefined }));
  assert.ok(c.ok);
  assert.equal(c.value.options.phrase, "camps");
  assert.equal(c.value.options.sort, "date");
});

test("beside a bad parameter the form keeps the values that parse", () => {
  const record = toRecord(new URLSearchParams("framing=critical&framing=bogus&outlet=A&from=2020-13&to=2021-06"));
  const kept = salvageFilters(record);
  assert.deepEqual([kept.framing, kept.outlet, kept.from, kept.to], [[], ["A"], undefined, "2021-06"]);
  const sides = salvageSelections(toRecord(new URLSearchParams("a.framing=bogus&a.outlet=A&b.framing=official")));
  assert.deepEqual([sides.a.framing, sides.a.outlet, sides.b.framing], [[], ["A"], ["official"]]);
});

test("a comparison opens on its example pair until the address names a side", () => {
  const defaults = { a: { framing: ["testimony" as const] }, b: { framing: ["official" as const] } };
  const none = parseKeynessParams({});
  assert.ok(none.ok);
  assert.deepEqual(withDefaultSelections({}, none.value, defaults).a.framing, ["testimony"]);
  const record = toRecord(new URLSearchParams("a.outlet=A"));
  const given = parseKeynessParams(record);
  assert.ok(given.ok);
  assert.deepEqual(withDefaultSelections(record, given.value, defaults).a.framing, []);
});
