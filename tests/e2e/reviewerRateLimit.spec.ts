// The reviewer-token rate limit through the production server (`next start`), keyed on who is connected.
// Loopback has a whole /8, so each client here connects from an address of its own (127.0.0.2, .3, …) and the
// browser tests' 127.0.0.1 is never limited by them.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_REVIEWER_TOKEN } from "../../playwright.config";
import { PEER_ADDRESS_HEADER } from "../../lib/clientAddress";
import { freePort } from "../support/freePort";
import { type NextServer, startNextServer } from "../support/nextServer";

const PORT = Number(process.env.E2E_PORT ?? 3123);

/** A wrong token for passage 1 from `from`, on a connection of its own; the response's status. */
function wrongToken(port: number, from: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: "127.0.0.1", port, path: "/api/passages/1/label", method: "POST", localAddress: from, agent: false,
      headers: { "content-type": "application/json", "x-reviewer-token": "a-wrong-guess", ...headers },
    }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.end(JSON.stringify({ framing: "testimony" }));
  });
}

async function statuses(count: number, send: (i: number) => Promise<number>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push(await send(i));
  return seen;
}

const limited = (count: number) => [...Array<number>(5).fill(401), ...Array<number>(count - 5).fill(429)];

test("20 wrong tokens with 20 different X-Forwarded-For values from one connection are limited", async () => {
  const seen = await statuses(20, (i) => wrongToken(PORT, "127.0.0.2", {
    "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `203.0.113.${i}`,
    // the server's own record of the connection cannot be forged either: it replaces this
    [PEER_ADDRESS_HEADER]: `192.0.2.${i}`,
  }));
  expect(seen).toEqual(limited(20));
  // another connection has a limit of its own
  expect(await wrongToken(PORT, "127.0.0.3", { "x-forwarded-for": "198.51.100.0" })).toBe(401);
});

test("behind a trusted proxy the client is the proxy's forwarded hop, and only the proxy is believed", async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  let server: NextServer | undefined;
  try {
    server = startNextServer(port, { REVIEWER_TOKEN: E2E_REVIEWER_TOKEN, TRUSTED_PROXY: "127.0.0.4" });
    // wait until the server answers (from an address no other step uses); its output if it never does
    await expect.poll(() => wrongToken(port, "127.0.0.9").catch(() => 0), { timeout: 90_000 }).toBe(401).catch((e: Error) => {
      throw new Error(`${e.message}\n${server?.output()}`);
    });

    // through the proxy (127.0.0.4), which appends the address it was reached from to what the client sent
    const viaProxy = await statuses(7, (i) => wrongToken(port, "127.0.0.4", { "x-forwarded-for": `192.0.2.${i}, 198.51.100.1` }));
    expect(viaProxy).toEqual(limited(7));
    expect(await wrongToken(port, "127.0.0.4", { "x-forwarded-for": "198.51.100.2" }), "another client behind the proxy").toBe(401);

    // straight to the server: X-Forwarded-For is the client's own and names nobody
    const direct = await statuses(6, (i) => wrongToken(port, "127.0.0.5", { "x-forwarded-for": `198.51.100.${10 + i}` }));
    expect(direct).toEqual(limited(6));
  } finally {
    server?.stop();
  }
});
