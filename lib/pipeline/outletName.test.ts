import assert from "node:assert/strict";
import { test } from "node:test";
import { outletName, UNKNOWN_OUTLET } from "./articleToSave";

const article = (siteName: string | null, url: string | null, canonicalUrl: string | null = null) => ({ siteName, url, canonicalUrl });

test("the outlet: the stated or page's site name, else the address's site, else Unknown outlet", () => {
  assert.equal(outletName(article("Port Times", "https://news.example.co.uk/a")), "Port Times");
  assert.equal(outletName(article(null, "https://news.example.co.uk/a")), "example.co.uk");
  // a saved page read from a file has no address of its own, only the one it names as canonical
  assert.equal(outletName(article(null, null, "https://www.example.org/story")), "example.org");
  assert.equal(outletName(article(null, "file:///tmp/story.html")), UNKNOWN_OUTLET);
  assert.equal(outletName(article(null, null)), UNKNOWN_OUTLET);
});
