import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { collectionSwitch, collectionSwitchHref, switchedPath } from "./collectionSwitch";

const params = (q: string) => new URLSearchParams(q);

describe("switching collection", () => {
  test("keeps framings, dates, labels and the view's options; drops outlets, term, search and page", () => {
    const href = collectionSwitchHref("/", params("collection=xinjiang&framing=official&framing=critical&outlet=Xinhua&from=2019-01&to=2020-12&q=camps&term=camp&page=3&labels=human&months=counts"), "sarn-dam");
    assert.equal(href, "/?framing=official&framing=critical&from=2019-01&to=2020-12&labels=human&months=counts&collection=sarn-dam");
  });

  test("a two-sided view loses each side's collection and outlets, keeps its framings and dates", () => {
    const { keep } = collectionSwitch("/keyness", params("a.collection=xinjiang&a.framing=official&b.collection=sarn-dam&b.outlet=X&b.from=2020-01&limit=40"));
    assert.deepEqual(keep, [["a.framing", "official"], ["b.from", "2020-01"], ["limit", "40"]]);
  });

  test("the concordance drops its typed phrase and contested name; the contested view keeps its group", () => {
    assert.deepEqual(collectionSwitch("/concordance", params("phrase=camps&contested=a.b&sort=left")).keep, [["sort", "left"]]);
    assert.deepEqual(collectionSwitch("/contested", params("group=region&by=year")).keep, [["group", "region"], ["by", "year"]]);
  });

  test("an article or a story goes back to the list it belongs to, without its own parameters", () => {
    assert.equal(switchedPath("/articles/12"), "/");
    assert.equal(switchedPath("/reuse/7"), "/reuse");
    assert.equal(switchedPath("/reuse/outlets"), "/reuse/outlets");
    assert.equal(switchedPath("/reuse"), "/reuse");
    assert.equal(collectionSwitchHref("/articles/12", params("mark=camp&framing=official"), "b"), "/?collection=b");
  });

  test("an empty address switches the overview", () => {
    assert.equal(collectionSwitchHref("", params(""), "xinjiang"), "/?collection=xinjiang");
  });
});
