// natural loads dotenv, which prints a banner on stdout when it loads; the CLIs print JSON on stdout.
// Imported before natural (see nlp.ts); the one process.env write outside env.ts, for that reason alone.
process.env.DOTENV_CONFIG_QUIET ??= "true";
