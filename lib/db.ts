// Prisma client singleton (survives Next dev reloads). Only lib/queries imports this.
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import pg from "pg";
import { databaseUrl } from "./env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }) });
  return globalForPrisma.prisma;
}

export async function disconnect(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
  await copyPool?.end();
  copyPool = undefined;
}

export { Prisma };

let copyPool: pg.Pool | undefined;

/**
 * A connection outside Prisma, for what Prisma cannot do: streaming a binary COPY out (lib/queries/stats/loadStatsCube.ts,
 * getSelectionVectors.ts). From a small pool of its own: a new connection per request cost 30–40 ms of a
 * search's keyness (connecting, then closing). `use` must leave no transaction open; a connection whose use
 * failed is closed rather than reused, since a COPY cut short leaves it mid-protocol.
 */
export async function withPgClient<T>(use: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  copyPool ??= new pg.Pool({ connectionString: databaseUrl(), max: 4, idleTimeoutMillis: 30_000, allowExitOnIdle: true });
  const client = await copyPool.connect();
  let failed = false;
  try {
    return await use(client);
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    client.release(failed);
  }
}
