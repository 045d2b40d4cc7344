// The one place configuration is read. Everything else imports `env`.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set (npm start and the npm scripts set it for you)").optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  MODEL_PATH: z.string().default("data/model/classifier.json"),
});

export const env = schema.parse(process.env);

export function databaseUrl(): string {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run through `npm start`, `npm run ingest` or set it yourself");
  return env.DATABASE_URL;
}
