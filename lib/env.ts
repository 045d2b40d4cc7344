// The one place configuration is read. Parsed once per set of values rather than once at import, because the
// CLIs start the embedded database first and only then know DATABASE_URL (and tests change settings as they go).
import "./envFiles";
import { isIP } from "node:net";
import { z } from "zod";

/** "203.0.113.7", "10.0.0.0/8", "2001:db8::/32": an address, or a range in CIDR notation. */
const isAddressOrRange = (entry: string) => {
  const [address, bits, extra] = entry.split("/");
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

const schema = z.object({
  DATABASE_URL: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** where `npm run train` writes the model file beside the database copy */
  MODEL_PATH: z.string().default("data/model/classifier.json"),
  /** when absent, ../shared/seeds is ingested on first start if it exists */
  SEEDS_DIR: z.string().default("../shared/seeds"),
  /** input files larger than this are refused before they are read */
  MAX_INPUT_MB: z.coerce.number().positive().default(20),
  /** one request to POST /api/ingest (all its files and text together) larger than this is refused before it is read */
  MAX_UPLOAD_MB: z.coerce.number().positive().default(50),
  /** ingest workers the web server runs itself (when REVIEWER_TOKEN is set); 0: leave the queue to `npm run ingest -- --workers N` */
  INGEST_SERVER_WORKERS: z.coerce.number().int().min(0).max(8).default(1),
  /** each input (and each article in it) is read and parsed in a worker thread that is stopped past this many seconds */
  INGEST_TIMEOUT_S: z.coerce.number().positive().default(30),
  /** the contested-terms ledger's groups of competing names */
  CONTESTED_TERMS_PATH: z.string().default("data/contested-terms.json"),
  /** reviewers send this to correct labels; unset → the dashboard is read-only */
  REVIEWER_TOKEN: z.string().min(8, "REVIEWER_TOKEN must be at least 8 characters").optional().or(z.literal("").transform(() => undefined)),
  /**
   * the reverse proxies in front of the server, comma-separated addresses or CIDR ranges: with them, a client's
   * address is the right-most X-Forwarded-For hop that is not one of them; without, the connection's address
   * (lib/clientAddress.ts). Keys the reviewer-token rate limit.
   */
  TRUSTED_PROXY: z.string().default("")
    .transform((v) => v.split(",").map((e) => e.trim()).filter(Boolean))
    .refine((entries) => entries.every(isAddressOrRange), "TRUSTED_PROXY must be comma-separated IP addresses or CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8"),
  /** model labels with a calibrated confidence below this are flagged "uncertain" */
  UNCERTAIN_BELOW: z.coerce.number().min(0).max(1).default(0.6),
  /** cross-validation folds of a retrain started from the Review page (evaluation and the gate's comparison) */
  RETRAIN_FOLDS: z.coerce.number().int().min(2).max(20).default(5),
  /** "off": every dashboard read is computed, none remembered (the bench's uncached figures) */
  RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  /** "off": dashboard reads never use the in-memory statistics cube (lib/queries/stats/currentStatsCube.ts) */
  STATS_CUBE: z.enum(["on", "off"]).default("on"),
  /** how long the data must stay unchanged before the cube is (re)loaded */
  STATS_CUBE_SETTLE_MS: z.coerce.number().int().min(0).default(10_000),
  /**
   * term lists (top terms, keyness, frequent terms) of a selection counted from its passages (a search, a term,
   * a label view, days) that is estimated larger than this many passages are counted in a random sample of
   * about TERM_SAMPLE_PASSAGES of them, and say so (lib/queries/plan/getTermSample.ts)
   */
  TERM_SAMPLE_ABOVE: z.coerce.number().int().min(1).default(20_000),
  TERM_SAMPLE_PASSAGES: z.coerce.number().int().min(1).default(10_000),
  /**
   * passages the statistics cannot count (a search, a term, a label view, days) are counted one by one up to this
   * many, or to the end of the page asked for if later; beyond, the list says "More than …" (lib/queries/reads/getPassages.ts)
   */
  PASSAGE_COUNT_UP_TO: z.coerce.number().int().min(1).default(10_000),
  /** "off": articles are stored without looking for text reuse (the bench's figure without detection) */
  REUSE_DETECTION: z.enum(["on", "off"]).default("on"),
  /** the fewest words (on the shorter side) an aligned span needs to be stored as text reuse (lib/reuse) */
  REUSE_MIN_WORDS: z.coerce.number().int().min(3).default(12),
  /** a wording fingerprint found in more articles than this is boilerplate or a stock phrase and links nothing */
  REUSE_MAX_ARTICLES: z.coerce.number().int().min(1).default(100),
  /** the port `npm start` serves the dashboard on */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** with DATABASE_URL unset: the port the embedded PostgreSQL listens on (127.0.0.1) when a command starts it */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** with DATABASE_URL unset: the embedded PostgreSQL's data folder, kept across runs */
  EMBEDDED_PG_DIR: z.string().default(".data/pg"),
  /** set (to anything but "" or 0) to print the embedded server's own log */
  EMBEDDED_PG_LOG: z.string().optional().transform((v) => Boolean(v) && v !== "0"),
  /**
   * how far the web server's JavaScript heap may grow past what was live after a full collection before the
   * next one (V8's --heap-growing-percent); 0 leaves it to V8, which let 16 concurrent page renders grow the
   * server by 200–250 MiB that it kept (docs/architecture.md, "The web server's memory")
   */
  SERVER_HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(400).default(50),
});

export type Env = z.infer<typeof schema>;

/** Every variable read here, for the check that .env.example documents them all. */
export const ENV_KEYS = Object.keys(schema.shape);

let parsed: { key: string; env: Env } | null = null;

/** The settings, parsed again only when one of the variables read here has changed. */
export function getEnv(): Env {
  const key = ENV_KEYS.map((k) => process.env[k] ?? "\u0000").join("\u0001");
  if (parsed?.key !== key) parsed = { key, env: schema.parse(process.env) };
  return parsed.env;
}

export function databaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run through `npm start` / `npm run ...`, which provide one, or set it yourself");
  return url;
}
