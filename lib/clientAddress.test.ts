import assert from "node:assert/strict";
import { test } from "node:test";
import { clientAddress, clientKey, PEER_ADDRESS_HEADER, plainAddress, trustedProxies, UNKNOWN_CLIENT } from "./clientAddress";

const request = (peer: string | null, forwardedFor?: string) =>
  new Headers({ ...(peer ? { [PEER_ADDRESS_HEADER]: peer } : {}), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });
const none = trustedProxies([]);

test("without a trusted proxy the client is the connection, whatever X-Forwarded-For says", () => {
  const seen = new Set(Array.from({ length: 20 }, (_, i) => clientAddress(request("203.0.113.5", `198.51.100.${i}`), none, true)));
  assert.deepEqual([...seen], ["203.0.113.5"]);
  assert.equal(clientAddress(request("::ffff:127.0.0.2", "10.9.8.7"), none, true), "127.0.0.2");
});

test("a connection address the server did not write is not believed", () => {
  assert.equal(clientAddress(request("203.0.113.5"), none, false), UNKNOWN_CLIENT, "the header may be the client's own");
  assert.equal(clientAddress(request(null, "198.51.100.1"), none, true), UNKNOWN_CLIENT);
});

test("with trusted proxies the client is the right-most forwarded hop that is not one of them", () => {
  const proxies = trustedProxies(["127.0.0.1", "10.0.0.0/8"]);
  // the client wrote "6.6.6.6" itself; the edge proxy (10.0.0.3) appended 198.51.100.9, the inner one 10.0.0.3
  assert.equal(clientAddress(request("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.0.0.3"), proxies, true), "198.51.100.9");
  assert.equal(clientAddress(request("::ffff:127.0.0.1", "198.51.100.9"), proxies, true), "198.51.100.9");
  // a client that reaches the server directly cannot name itself
  assert.equal(clientAddress(request("203.0.113.5", "198.51.100.9"), proxies, true), "203.0.113.5");
  // every hop a proxy: the furthest one
  assert.equal(clientAddress(request("127.0.0.1", "10.1.1.1, 10.0.0.3"), proxies, true), "10.1.1.1");
  assert.equal(clientAddress(request("127.0.0.1"), proxies, true), "127.0.0.1");
});

test("addresses are compared without ports, brackets, zones or the IPv4-mapped prefix", () => {
  assert.equal(plainAddress("198.51.100.9:4711"), "198.51.100.9");
  assert.equal(plainAddress("[2001:DB8::1]:443"), "2001:db8::1");
  assert.equal(plainAddress("fe80::1%eth0"), "fe80::1");
  assert.equal(plainAddress("::ffff:192.0.2.1"), "192.0.2.1");
});

test("an IPv6 client is keyed by its /64, so that new addresses from one network share a limit", () => {
  assert.equal(clientKey("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
  assert.equal(clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"), "2001:db8:1:2::/64");
  assert.equal(clientKey("2001:db8::1"), "2001:db8:0:0::/64");
  assert.equal(clientKey("::1"), "0:0:0:0::/64");
  assert.equal(clientKey("192.0.2.1"), "192.0.2.1");
  assert.equal(clientAddress(request("2001:db8:1:2::7"), none, true), "2001:db8:1:2::/64");
});
