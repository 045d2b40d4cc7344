import assert from "node:assert/strict";
import { test } from "node:test";
import { filtersToQuery, parseFiltersStrict, searchParamsToRecord } from "./schema";

const parse = (params: URLSearchParams | Record<string, string | string[] | undefined>) => {
  const r = parseFiltersStrict(searchParamsToRecord(params));
  if (!r.ok) throw new Error(r.error);
  return r.filters;
};

test("filters survive a trip through the URL", () => {
  const query = "?framing=testimony&framing=official&outlet=Meridian+Wire+%28sample%29&from=2019-01&to=2021-12&q=camp&term=camp";
  const filters = parse(new URLSearchParams(query));
  assert.deepEqual(filters.framing, ["testimony", "official"]);
  assert.deepEqual(filters.outlet, ["Meridian Wire (sample)"]);
  assert.equal(filters.from, "2019-01");
  assert.equal(filtersToQuery(filters), query);
});

test("Next's searchParams record parses the same way as URLSearchParams", () => {
  const filters = parse({ framing: "critical", outlet: ["A", "B"], q: "  " });
  assert.deepEqual(filters.framing, ["critical"]);
  assert.deepEqual(filters.outlet, ["A", "B"]);
  assert.equal(filters.q, undefined);
});

test("an unknown framing or a malformed or impossible date is an error naming the parameter", () => {
  for (const [query, name] of [["framing=propaganda", "framing"], ["from=last-week", "from"], ["from=2020-13", "from"],
    ["to=2021-02-30", "to"], ["from=2020-00", "from"]]) {
    const r = parseFiltersStrict(searchParamsToRecord(new URLSearchParams(query)));
    assert.equal(r.ok, false, query);
    if (!r.ok) assert.match(r.error, new RegExp(`^bad parameter "${name}": `), query);
  }
  assert.equal(parse(new URLSearchParams("from=2020-02-29&to=2020-12-31")).to, "2020-12-31");
});

test("the uncertain flag and the label view live in the URL; 'both' is the default and left out", () => {
  const filters = parse(new URLSearchParams("framing=critical&uncertain=1&labels=model"));
  assert.equal(filters.uncertain, "1");
  assert.equal(filters.labels, "model");
  assert.equal(filtersToQuery(filters), "?framing=critical&uncertain=1&labels=model");
  assert.equal(filtersToQuery(parse(new URLSearchParams("labels=both"))), "");
  assert.equal(parseFiltersStrict({ uncertain: "yes" }).ok, false);
  assert.equal(parseFiltersStrict({ labels: "robots" }).ok, false);
});

test("languages are tags, lowercased, and kept in links; anything else is an error naming the parameter", () => {
  const filters = parse(new URLSearchParams("lang=zh&lang=pt-BR"));
  assert.deepEqual(filters.lang, ["zh", "pt-br"]);
  assert.equal(filtersToQuery(filters), "?lang=zh&lang=pt-br");
  for (const bad of ["chinese!", "z", "en_GB"]) {
    const r = parseFiltersStrict({ lang: bad });
    assert.ok(!r.ok && /^bad parameter "lang"/.test(r.error), bad);
  }
});

test("a reversed date range is refused naming both ends; a range within one month or day runs forwards", () => {
  for (const query of ["from=2021-05&to=2020-01", "from=2020-03-02&to=2020-03-01", "from=2020-04&to=2020-03-31"]) {
    const r = parseFiltersStrict(searchParamsToRecord(new URLSearchParams(query)));
    assert.equal(r.ok, false, query);
    if (!r.ok) assert.match(r.error, /^bad parameter "from": "from" \(.+\) is after "to" \(.+\)/, query);
  }
  for (const query of ["from=2020-03&to=2020-03", "from=2020-03-31&to=2020-03", "from=2020-03&to=2020-03-01", "from=2021-05", "to=2020-01"]) {
    assert.doesNotThrow(() => parse(new URLSearchParams(query)), query);
  }
});

test("offtopic=hide is kept in links; any other value is an error naming the parameter and the one value it takes", () => {
  const filters = parse(new URLSearchParams("framing=critical&offtopic=hide"));
  assert.equal(filters.offtopic, "hide");
  assert.equal(filtersToQuery(filters), "?framing=critical&offtopic=hide");
  assert.equal(parse(new URLSearchParams("offtopic=")).offtopic, undefined);
  for (const bad of ["show", "1", "HIDE"]) {
    const r = parseFiltersStrict({ offtopic: bad });
    assert.ok(!r.ok && /^bad parameter "offtopic": use offtopic=hide/.test(r.error), bad);
  }
});
