// Which client sent a request, for limits that must hold per client (the reviewer-token rate limit).
//
// X-Forwarded-For is written by whoever sends the request, so it names the client only where a proxy we trust
// wrote it. `next start` does not help here: it sets X-Forwarded-For to the socket's address only when the
// request has none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress`, next/dist/server/base-server.js),
// so a route handler cannot tell a client's own value from the server's, and never sees the socket. The server
// therefore writes the connection's address into PEER_ADDRESS_HEADER itself, replacing whatever a client sent
// under that name (lib/peerAddress.ts), and that is the only address believed:
// - without TRUSTED_PROXY, the client is the connection's address;
// - with it, the client is the right-most address of X-Forwarded-For + the connection that is not a trusted
//   proxy: each trusted proxy appends the address it was reached from, so everything left of the first
//   untrusted hop from the right was written by the client and is ignored.
// IPv6 clients are keyed by their /64: one host can hold a whole /64 and take a new address for every guess.
import { BlockList, isIP } from "node:net";

export const PEER_ADDRESS_HEADER = "x-narrative-lens-peer";

/** The key of requests whose connection address the server did not write: one shared limit, never none. */
export const UNKNOWN_CLIENT = "unknown";

/** The trusted proxies' addresses and CIDR ranges (lib/env.ts has checked them) as a matcher. */
export function trustedProxies(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

/**
 * The client's key. `peerStamped`: whether this server process writes PEER_ADDRESS_HEADER; when it does not,
 * that header may be the client's own, and every request shares UNKNOWN_CLIENT.
 */
export function clientAddress(headers: Headers, trusted: BlockList, peerStamped: boolean): string {
  const peer = peerStamped ? headers.get(PEER_ADDRESS_HEADER)?.trim() : undefined;
  if (!peer) return UNKNOWN_CLIENT;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  const hops = [...forwarded, peer];
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = plainAddress(hops[i]);
    if (i === 0 || !isTrusted(trusted, address)) return clientKey(address);
  }
  return UNKNOWN_CLIENT;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** An address without a port, brackets, zone or IPv4-mapped prefix ("[::ffff:1.2.3.4]:80" → "1.2.3.4"). */
export function plainAddress(hop: string): string {
  let a = hop.trim();
  const bracketed = a.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) a = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.replace(/%.*$/, "").toLowerCase();
  const mapped = a.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  return mapped ? mapped[1] : a;
}

/** IPv4 as it is; IPv6 as its /64 network; anything else (a proxy's odd value) as written. */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail] = address.split("::");
  const groups = (part: string | undefined) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const full = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${full.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(":")}::/64`;
}
