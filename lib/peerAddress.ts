// Writes each request's connection address into PEER_ADDRESS_HEADER (lib/clientAddress.ts) before Next sees the
// request, replacing any value the client sent under that name. A route handler under `next start` is given
// only a web Request, without the socket, so this is how it learns who is connected. Node publishes every
// incoming request on the `http.server.request.start` diagnostics channel, with its socket, just before the
// server's 'request' event, for whichever server created it (Next's own, under every way it is started).
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_ADDRESS_HEADER } from "./clientAddress";

const globalForPeer = globalThis as unknown as { peerAddressStamped?: boolean };

/** Starts writing the header, once per process (instrumentation.ts, through lib/onServerStart.ts). */
export function stampPeerAddresses(): void {
  if (globalForPeer.peerAddressStamped) return;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "";
  });
  globalForPeer.peerAddressStamped = true;
}

/** Whether this process writes the header: if not, a request's value of it is the client's own. */
export function peerAddressesStamped(): boolean {
  return globalForPeer.peerAddressStamped === true;
}
