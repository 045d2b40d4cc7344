// Loads .env and .env.local into process.env, once per process, before anything reads it. Imported first by the
// module that reads the environment (env.ts). Besides env.ts, the one place that writes process.env.
// @next/env is CommonJS whose exports Node cannot name from ESM: the default import is module.exports.
import nextEnv from "@next/env";

// The files of the folder the command runs in, by the loader the web server uses itself, with its precedence:
// .env.production.local (.env.development.local under NODE_ENV=development), .env.local, .env.production
// (.env.development), .env; under NODE_ENV=test, .env.test.local, .env.test and .env, never .env.local.
// Variables already set in the environment win over every file.
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV === "development", { info: () => {}, error: (...args: unknown[]) => console.error(...args) });

// dotenv (natural's storage modules, Prisma's config loader) prints a banner on stdout when it loads; the CLIs
// print JSON on stdout.
process.env.DOTENV_CONFIG_QUIET ??= "true";
