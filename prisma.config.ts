import path from "node:path";
// @next/env is CommonJS whose exports Node cannot name from ESM: the default import is module.exports
import nextEnv from "@next/env";
import { defineConfig } from "prisma/config";

// .env and .env.local, loaded as the server and the scripts load them (lib/env.ts)
nextEnv.loadEnvConfig(import.meta.dirname, process.env.NODE_ENV === "development", { info: () => {}, error: (...args: unknown[]) => console.error(...args) });

// Offline: Prisma 7 downloads a native schema-engine binary from its CDN for migrate/db commands.
// Point it at a Node shim that runs @prisma/schema-engine-wasm over @prisma/adapter-pg instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "scripts/prisma/schema-engine-shim.mjs");
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // not env("DATABASE_URL"): that throws when unset, and `prisma generate` needs no database
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
