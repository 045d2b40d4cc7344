// A web server on 127.0.0.1 for the fetching tests: fixed routes, nothing leaves the machine.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Route = { status?: number; type?: string; body?: string | Buffer; headers?: Record<string, string>; hang?: boolean };

export async function startLocalServer(routes: Record<string, Route | ((base: string) => Route)>): Promise<{ base: string; close(): Promise<void> }> {
  let base = "";
  const server = http.createServer((req, res) => {
    const found = routes[req.url ?? ""] ?? routes[(req.url ?? "").split("?")[0]];
    const route = typeof found === "function" ? found(base) : found;
    if (!route) { res.writeHead(404, { "content-type": "text/plain" }); res.end("not found"); return; }
    if (route.hang) return; // never answers: for the timeout test
    res.writeHead(route.status ?? 200, { ...(route.type ? { "content-type": route.type } : {}), ...route.headers });
    res.end(route.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
