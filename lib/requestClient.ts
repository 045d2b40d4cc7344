// A request's client as this server knows it: its connection's address, or with TRUSTED_PROXY the address
// the trusted proxies forwarded (lib/clientAddress.ts).
import { clientAddress, trustedProxies } from "./clientAddress";
import { getEnv } from "./env";
import { peerAddressesStamped } from "./peerAddress";

export function requestClient(headers: Headers): string {
  return clientAddress(headers, trustedProxies(getEnv().TRUSTED_PROXY), peerAddressesStamped());
}
