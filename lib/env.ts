// The one place that reads process.env. Parsed once with zod; every other module imports
// `env` (server) from here. Empty strings count as unset. With no env at all the app selects
// its embedded defaults (PGlite, local auth, offline persona, in-process scheduler). Secrets
// fall back to development values only outside production: any NODE_ENV=production server
// start without them is refused with their names (`productionStartProblems`, checked by
// instrumentation.ts), and a Vercel production build stops at parse time.
import { z } from "zod";

const optional = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());
const bool = (fallback: boolean) =>
  z.preprocess((v) => {
    if (v === undefined || v === "") return fallback;
    return ["1", "true", "yes", "on"].includes(String(v).toLowerCase());
  }, z.boolean());
const int = (fallback: number) =>
  z.preprocess((v) => (v === undefined || v === "" ? fallback : Number(v)), z.number().int().nonnegative());
const ratio = (fallback: number) =>
  z.preprocess((v) => (v === undefined || v === "" ? fallback : Number(v)), z.number().min(0).max(1));

/** Development/test-only fallbacks for secrets; never used when NODE_ENV=production. */
const DEV_SECRETS = {
  CRON_SECRET: "dev-cron-secret-not-for-production",
  AUTH_SECRET: "dev-auth-secret-not-for-production-0123456789",
  VOICE_TOKEN_SECRET: "dev-voice-token-secret-not-for-production",
} as const;

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  VERCEL: optional,
  VERCEL_ENV: optional,
  APP_URL: optionalUrl,
  VERCEL_PROJECT_PRODUCTION_URL: optional,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),

  // Database: postgres.js when set, PGlite under PGLITE_DIR otherwise.
  DATABASE_URL: optionalUrl,
  /**
   * A direct or session-mode connection for migrations (Supabase: the direct :5432 host or the
   * session pooler), which keep a session advisory lock a transaction pooler cannot hold.
   */
  DATABASE_URL_UNPOOLED: optionalUrl,
  /** Statements slower than this (ms) are logged and recorded in error_logs; 0 turns it off. */
  SLOW_QUERY_MS: int(500),
  PGLITE_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().default(".data/pglite")),
  DATABASE_POOL_MAX: int(10),
  /** Tests only: run the database suites on this PostgreSQL server as well as on PGlite. */
  TEST_DATABASE_URL: optionalUrl,
  /** The Next build folder (next.config.ts reads it too): parallel builds for tests and benchmarks. */
  NEXT_DIST_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().default(".next")),

  // Auth: Supabase when URL + anon key are set, local magic-link auth otherwise.
  NEXT_PUBLIC_SUPABASE_URL: optionalUrl,
  NEXT_PUBLIC_SUPABASE_ANON_KEY: optional,
  SUPABASE_SERVICE_ROLE_KEY: optional,
  AUTH_SECRET: optional,
  /** Local auth sends sign-in links over this SMTP relay (required with local auth in production). */
  SMTP_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^smtps?:\/\//)
      .optional(),
  ),
  EMAIL_FROM: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().default("Nikita <nikita@localhost>"),
  ),
  ADMIN_EMAIL_DOMAINS: optional,

  // Model: Anthropic when the key is set, the offline persona engine otherwise.
  ANTHROPIC_API_KEY: optional,
  ANTHROPIC_BASE_URL: optionalUrl,
  ANTHROPIC_MODEL_REPLY: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().default("claude-sonnet-4-6"),
  ),
  ANTHROPIC_MODEL_SMALL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().default("claude-haiku-4-5"),
  ),
  ANTHROPIC_TIMEOUT_MS: int(30_000),

  // Telegram: the bot is on when the token is set.
  TELEGRAM_BOT_TOKEN: optional,
  TELEGRAM_BOT_USERNAME: optional,
  TELEGRAM_WEBHOOK_SECRET: optional,
  TELEGRAM_API_ROOT: optionalUrl,
  /** true: the webhook only stores; the process cron answers the turns (load tests, overload). */
  TELEGRAM_DEFER_PROCESSING: bool(false),

  // Voice: ElevenLabs when the key and agent are set; the call button is hidden otherwise.
  ELEVENLABS_API_KEY: optional,
  ELEVENLABS_AGENT_ID: optional,
  ELEVENLABS_WEBHOOK_SECRET: optional,
  ELEVENLABS_TOOL_SECRET: optional,
  ELEVENLABS_API_BASE: optionalUrl,
  VOICE_TOKEN_SECRET: optional,

  // Memory: Neo4j when the URI is set, Postgres tables otherwise.
  NEO4J_URI: optional,
  NEO4J_USER: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("neo4j")),
  NEO4J_PASSWORD: optional,
  /** Neo4j memory calls slower than this are answered from the Postgres store instead. */
  MEMORY_TIMEOUT_MS: int(1500),
  /** `local`: deterministic hashed embeddings + pgvector similarity beside full-text search. */
  EMBEDDINGS_PROVIDER: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(["none", "local"]).default("none"),
  ),

  // Jobs: Vercel Cron calls the routes with this bearer; locally the in-process scheduler does.
  CRON_SECRET: optional,
  SCHEDULER_ENABLED: bool(true),
  /** Dev/test knob: multiplies her reply delays (0 = instant); always 1 in deployed production. */
  REPLY_DELAY_SCALE: z.preprocess(
    (v) => (v === undefined || v === "" ? 1 : Number(v)),
    z.number().min(0).max(1),
  ),
  /** The port `next dev`/`next start` listens on (Next sets it); the local scheduler calls it. */
  PORT: int(3000),
  /** Set by Next while building (`phase-production-build`): no scheduler then. */
  NEXT_PHASE: optional,
  REQUEST_METRICS_SAMPLE_RATE: ratio(0.1),

  // Operations.
  /** Alerts (health unhealthy, a job failing 3 runs in a row) are POSTed here as JSON. */
  ALERT_WEBHOOK_URL: optionalUrl,
  /** The deployed commit: Vercel sets this; elsewhere next.config.ts records git's at build. */
  VERCEL_GIT_COMMIT_SHA: optional,
  NIKITA_BUILD_COMMIT: optional,
});

type RawEnv = z.infer<typeof envSchema>;

export type Env = RawEnv & {
  /** NODE_ENV=production: `next start`, Vercel, any self-hosted production server. */
  isProduction: boolean;
  isDeployedProduction: boolean;
  /** The commit this build was made from, or "unknown". */
  buildCommit: string;
  appUrl: string;
  databaseMode: "postgres" | "pglite";
  authMode: "supabase" | "local";
  modelMode: "anthropic" | "offline";
  memoryMode: "neo4j" | "postgres";
  telegramEnabled: boolean;
  voiceEnabled: boolean;
  replyDelayScale: number;
  cronSecret: string | undefined;
  authSecret: string | undefined;
  voiceTokenSecret: string | undefined;
  adminEmailDomains: string[];
};

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses an env record; throws EnvError naming every missing or invalid variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new EnvError(`Invalid environment: ${names}`);
  }
  const raw = parsed.data;
  const isDeployedProduction =
    raw.NODE_ENV === "production" && Boolean(raw.VERCEL) && raw.VERCEL_ENV !== "preview";
  const authMode = raw.NEXT_PUBLIC_SUPABASE_URL && raw.NEXT_PUBLIC_SUPABASE_ANON_KEY ? "supabase" : "local";
  const telegramEnabled = Boolean(raw.TELEGRAM_BOT_TOKEN);
  const voiceEnabled = Boolean(raw.ELEVENLABS_API_KEY && raw.ELEVENLABS_AGENT_ID);

  const required: string[] = [];
  if (isDeployedProduction) {
    if (!raw.DATABASE_URL) required.push("DATABASE_URL");
    if (!raw.CRON_SECRET) required.push("CRON_SECRET");
    if (authMode === "local" && !raw.AUTH_SECRET) required.push("AUTH_SECRET");
    if (telegramEnabled && !raw.TELEGRAM_WEBHOOK_SECRET) required.push("TELEGRAM_WEBHOOK_SECRET");
    if (telegramEnabled && !raw.TELEGRAM_BOT_USERNAME) required.push("TELEGRAM_BOT_USERNAME");
    if (voiceEnabled && !raw.ELEVENLABS_WEBHOOK_SECRET) required.push("ELEVENLABS_WEBHOOK_SECRET");
    if (voiceEnabled && !raw.ELEVENLABS_TOOL_SECRET) required.push("ELEVENLABS_TOOL_SECRET");
    if (voiceEnabled && !raw.VOICE_TOKEN_SECRET) required.push("VOICE_TOKEN_SECRET");
    if (raw.NEO4J_URI && !raw.NEO4J_PASSWORD) required.push("NEO4J_PASSWORD");
  }
  if (required.length > 0) {
    throw new EnvError(`Missing required production environment variable(s): ${required.join(", ")}`);
  }

  const isProduction = raw.NODE_ENV === "production";
  const devOnly = <K extends keyof typeof DEV_SECRETS>(key: K, value: string | undefined) =>
    value ?? (isProduction ? undefined : DEV_SECRETS[key]);

  return {
    ...raw,
    isProduction,
    isDeployedProduction,
    buildCommit: raw.VERCEL_GIT_COMMIT_SHA ?? raw.NIKITA_BUILD_COMMIT ?? "unknown",
    appUrl: (
      raw.APP_URL ??
      (raw.VERCEL_PROJECT_PRODUCTION_URL
        ? `https://${raw.VERCEL_PROJECT_PRODUCTION_URL}`
        : "http://localhost:3000")
    ).replace(/\/$/, ""),
    databaseMode: raw.DATABASE_URL ? "postgres" : "pglite",
    authMode,
    modelMode: raw.ANTHROPIC_API_KEY ? "anthropic" : "offline",
    memoryMode: raw.NEO4J_URI ? "neo4j" : "postgres",
    telegramEnabled,
    voiceEnabled,
    replyDelayScale: isDeployedProduction ? 1 : raw.REPLY_DELAY_SCALE,
    cronSecret: devOnly("CRON_SECRET", raw.CRON_SECRET),
    authSecret: devOnly("AUTH_SECRET", raw.AUTH_SECRET),
    voiceTokenSecret: devOnly("VOICE_TOKEN_SECRET", raw.VOICE_TOKEN_SECRET),
    adminEmailDomains: (raw.ADMIN_EMAIL_DOMAINS ?? "")
      .split(",")
      .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
      .filter(Boolean),
  };
}

/**
 * What a production server start lacks, by variable name (empty when it may start). Checked at
 * every NODE_ENV=production start, on Vercel or not; `next build` does not need runtime secrets.
 */
export function productionStartProblems(e: Env): string[] {
  if (!e.isProduction) return [];
  const missing: string[] = [];
  if (!e.CRON_SECRET) missing.push("CRON_SECRET");
  if (e.authMode === "local" && !e.AUTH_SECRET) missing.push("AUTH_SECRET");
  // The dev mailbox exists only in development: in production local auth emails its links.
  if (e.authMode === "local" && !e.SMTP_URL) missing.push("SMTP_URL");
  if (e.voiceEnabled && !e.VOICE_TOKEN_SECRET) missing.push("VOICE_TOKEN_SECRET");
  if (e.voiceEnabled && !e.ELEVENLABS_TOOL_SECRET) missing.push("ELEVENLABS_TOOL_SECRET");
  if (e.voiceEnabled && !e.ELEVENLABS_WEBHOOK_SECRET) missing.push("ELEVENLABS_WEBHOOK_SECRET");
  if (e.telegramEnabled && !e.TELEGRAM_WEBHOOK_SECRET) missing.push("TELEGRAM_WEBHOOK_SECRET");
  return missing;
}

/** Throws an EnvError naming every variable a production start lacks. */
export function assertStartable(e: Env): void {
  const missing = productionStartProblems(e);
  if (missing.length > 0) {
    throw new EnvError(
      `Refusing to start in production: missing ${missing.join(", ")} (set ${missing.length > 1 ? "them" : "it"} in the environment; there is no built-in fallback outside development)`,
    );
  }
}

// NIKITA_BUILD_COMMIT is named literally so Next inlines the value next.config.ts recorded.
export const env: Env = parseEnv({ ...process.env, NIKITA_BUILD_COMMIT: process.env.NIKITA_BUILD_COMMIT });
