import assert from "node:assert/strict";
import { test } from "node:test";
import { siteFromAddress } from "./siteFromAddress";

test("an address's site is its registrable domain, subdomains and www. aside", () => {
  assert.equal(siteFromAddress("https://news.example.co.uk/2024/story"), "example.co.uk");
  assert.equal(siteFromAddress("https://www.example.co.uk/other"), "example.co.uk");
  assert.equal(siteFromAddress("http://WWW.NYTimes.com/2017/01/13/world/sudan.html"), "nytimes.com");
  assert.equal(siteFromAddress("https://news.qq.com/a/20161013/000001.htm"), "qq.com");
  assert.equal(siteFromAddress("https://www.bbc.com/news"), "bbc.com");
  assert.equal(siteFromAddress("https://www.bbc.co.uk/news"), "bbc.co.uk");
});

test("a blog on a hosting service is its own site (the list's private suffixes)", () => {
  assert.equal(siteFromAddress("https://harbourwatch.blogspot.com/2024/05/strike.html"), "harbourwatch.blogspot.com");
  assert.equal(siteFromAddress("https://someone.github.io/notes/"), "someone.github.io");
});

test("hosts without a public suffix are kept as they are; what is not a web address names nothing", () => {
  assert.equal(siteFromAddress("http://localhost:3000/a"), "localhost");
  assert.equal(siteFromAddress("http://127.0.0.1:8080/story"), "127.0.0.1");
  assert.equal(siteFromAddress("http://[::1]/story"), "::1");
  assert.equal(siteFromAddress("file:///home/me/story.html"), null);
  assert.equal(siteFromAddress("not an address"), null);
  assert.equal(siteFromAddress(null), null);
});
