// Loads .env and .env.local into process.env, once per process, before anything reads it. Imported first by the
// modules that read the environment (env.ts, and nlp.ts before natural, whose dotenv would otherwise load .env
// alone, first, and so win over .env.local). With these, the one place that writes process.env besides env.ts.
// @next/env is CommonJS whose exports Node cannot name from ESM: the default import is module.exports.
import nextEnv from "@next/env";

// The files of the folder the command runs in, by the loader the web server uses itself, with its precedence:
// .env.production.local (.env.development.local under NODE_ENV=development), .env.local, .env.production
// (.env.development), .env; under NODE_ENV=test, .env.test.local, .env.test and .env, never .env.local.
// Variables already set in the environment win over every file.
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV === "development", { info: () => {}, error: (...args: unknown[]) => console.error(...args) });

// natural loads dotenv, which prints a banner on stdout when it loads; the CLIs print JSON on stdout.
process.env.DOTENV_CONFIG_QUIET ??= "true";
