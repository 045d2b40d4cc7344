// A TCP port nothing on 127.0.0.1 listens on now, from the kernel: tests that start their own servers take one
// rather than deriving it from the process id, which can land on a port something else holds.
import net from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().on("error", reject).listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
