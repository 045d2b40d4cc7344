// .env and .env.local, loaded as the server and the scripts load them
import "./lib/envFiles";
import path from "node:path";
import { defineConfig } from "prisma/config";

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
