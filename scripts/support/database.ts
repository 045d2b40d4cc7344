// Where the database comes from: DATABASE_URL when set, otherwise the embedded PostgreSQL on .data/pg
// (scripts/support/embeddedServer.ts): the one a running command already started, or a new one. Scripts call
// this; lib/ never does.
import path from "node:path";
import pg from "pg";
import { getEnv } from "../../lib/env";
import { embeddedServer } from "./embeddedServer";

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const log = (msg: string) => console.error(`[db] ${msg}`);

export async function startDatabase(options: { quiet?: boolean } = {}): Promise<Database> {
  const say = options.quiet ? () => {} : log;
  const env = getEnv();
  if (env.DATABASE_URL) {
    say(`using DATABASE_URL (${redact(env.DATABASE_URL)})`);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = await embeddedServer(path.resolve(env.EMBEDDED_PG_DIR), env.EMBEDDED_PG_PORT, { say, verbose: env.EMBEDDED_PG_LOG });
  await createDatabaseIfMissing(server.url);
  return { url: server.url, embedded: true, stop: server.stop };
}

export async function createDatabaseIfMissing(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!found.rowCount) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

/** Drops and re-creates a database so a test run starts from nothing. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

/** A fresh copy of a database (schema and rows), made from it as a template: it must have no other connection. */
export async function copyDatabase(fromUrl: string, toUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(fromUrl, "postgres") });
  await admin.connect();
  try {
    const [from, to] = [fromUrl, toUrl].map((u) => pg.escapeIdentifier(new URL(u).pathname.slice(1)));
    await admin.query(`DROP DATABASE IF EXISTS ${to} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${to} TEMPLATE ${from}`);
  } finally {
    await admin.end();
  }
}

/** Drops a database if it is there. */
export async function dropDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(new URL(url).pathname.slice(1))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
