// The env contract: nothing set → embedded defaults; each variable switches its adapter; a
// Vercel production deployment missing a required secret fails with the variable's name, and
// any NODE_ENV=production start (Vercel or not) is refused without its secrets.
import { describe, expect, it } from "vitest";
import { assertStartable, EnvError, parseEnv, productionStartProblems } from "./env";

const PROD = { NODE_ENV: "production", VERCEL: "1", VERCEL_ENV: "production" } as const;
const PROD_COMPLETE = {
  ...PROD,
  DATABASE_URL: "postgres://u:p@db.example.com:6543/postgres",
  CRON_SECRET: "c".repeat(32),
  NEXT_PUBLIC_SUPABASE_URL: "https://abc.supabase.co",
  NEXT_PUBLIC_SUPABASE_ANON_KEY: "anon",
};

describe("parseEnv", () => {
  it("selects every embedded default with no env at all", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      databaseMode: "pglite",
      authMode: "local",
      modelMode: "offline",
      memoryMode: "postgres",
      telegramEnabled: false,
      voiceEnabled: false,
      SCHEDULER_ENABLED: true,
      PGLITE_DIR: ".data/pglite",
      appUrl: "http://localhost:3000",
    });
    expect(env.cronSecret).toBeTruthy();
    expect(env.authSecret).toBeTruthy();
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", ANTHROPIC_API_KEY: "", TELEGRAM_BOT_TOKEN: "" });
    expect(env.databaseMode).toBe("pglite");
    expect(env.modelMode).toBe("offline");
    expect(env.telegramEnabled).toBe(false);
  });

  it.each([
    ["DATABASE_URL", { DATABASE_URL: "postgres://localhost/x" }, "databaseMode", "postgres"],
    ["ANTHROPIC_API_KEY", { ANTHROPIC_API_KEY: "sk-ant-x" }, "modelMode", "anthropic"],
    ["NEO4J_URI", { NEO4J_URI: "bolt://localhost:7687" }, "memoryMode", "neo4j"],
    ["TELEGRAM_BOT_TOKEN", { TELEGRAM_BOT_TOKEN: "1:a" }, "telegramEnabled", true],
    [
      "ELEVENLABS_API_KEY + AGENT",
      { ELEVENLABS_API_KEY: "k", ELEVENLABS_AGENT_ID: "a" },
      "voiceEnabled",
      true,
    ],
    [
      "Supabase URL + anon key",
      { NEXT_PUBLIC_SUPABASE_URL: "https://x.supabase.co", NEXT_PUBLIC_SUPABASE_ANON_KEY: "k" },
      "authMode",
      "supabase",
    ],
  ])("%s switches its adapter", (_name, vars, key, expected) => {
    expect(parseEnv(vars)[key as keyof ReturnType<typeof parseEnv>]).toBe(expected);
  });

  it("accepts a complete production environment and uses no development secret", () => {
    const env = parseEnv(PROD_COMPLETE);
    expect(env.isDeployedProduction).toBe(true);
    expect(env.cronSecret).toBe("c".repeat(32));
    expect(env.voiceTokenSecret).toBeUndefined();
  });

  it.each([
    ["DATABASE_URL", { DATABASE_URL: undefined }],
    ["CRON_SECRET", { CRON_SECRET: undefined }],
    ["AUTH_SECRET", { NEXT_PUBLIC_SUPABASE_URL: undefined }],
    ["TELEGRAM_WEBHOOK_SECRET", { TELEGRAM_BOT_TOKEN: "1:a", TELEGRAM_BOT_USERNAME: "nikita_bot" }],
    ["ELEVENLABS_WEBHOOK_SECRET", { ELEVENLABS_API_KEY: "k", ELEVENLABS_AGENT_ID: "a" }],
  ])("stops a production deployment missing %s, naming it", (name, patch) => {
    expect(() => parseEnv({ ...PROD_COMPLETE, ...patch })).toThrow(EnvError);
    expect(() => parseEnv({ ...PROD_COMPLETE, ...patch })).toThrow(name);
  });

  it("builds without runtime secrets, but refuses any production start without them, naming each", () => {
    const selfHosted = parseEnv({ NODE_ENV: "production" });
    expect(selfHosted.isDeployedProduction).toBe(false);
    // No committed fallback: a production process has no secret it was not given.
    expect([selfHosted.cronSecret, selfHosted.authSecret, selfHosted.voiceTokenSecret]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(productionStartProblems(selfHosted)).toEqual(["CRON_SECRET", "AUTH_SECRET", "SMTP_URL"]);
    expect(() => assertStartable(selfHosted)).toThrow(/missing CRON_SECRET, AUTH_SECRET, SMTP_URL/);
    const voice = parseEnv({
      NODE_ENV: "production",
      CRON_SECRET: "c".repeat(32),
      AUTH_SECRET: "a".repeat(40),
      SMTP_URL: "smtp://relay.internal:25",
      ELEVENLABS_API_KEY: "k",
      ELEVENLABS_AGENT_ID: "a",
      ELEVENLABS_TOOL_SECRET: "t",
      ELEVENLABS_WEBHOOK_SECRET: "w",
    });
    expect(() => assertStartable(voice)).toThrow(/VOICE_TOKEN_SECRET/);
    expect(() => assertStartable(parseEnv({ ...PROD_COMPLETE, VERCEL_ENV: "preview" }))).not.toThrow();
    expect(
      productionStartProblems(parseEnv({ ...PROD_COMPLETE, VERCEL_ENV: "preview", CRON_SECRET: "" })),
    ).toEqual(["CRON_SECRET"]);
  });

  it("keeps development fallbacks for development and tests only", () => {
    expect(parseEnv({ NODE_ENV: "development" }).cronSecret).toBeTruthy();
    expect(parseEnv({ NODE_ENV: "test" }).authSecret).toBeTruthy();
    expect(productionStartProblems(parseEnv({}))).toEqual([]);
  });

  it("counts an empty REPLY_DELAY_SCALE as unset (1), not 0", () => {
    expect(parseEnv({ REPLY_DELAY_SCALE: "" }).replyDelayScale).toBe(1);
    expect(parseEnv({}).replyDelayScale).toBe(1);
    expect(parseEnv({ REPLY_DELAY_SCALE: "0" }).replyDelayScale).toBe(0);
    expect(parseEnv({ REPLY_DELAY_SCALE: "0.5" }).replyDelayScale).toBe(0.5);
    expect(() => parseEnv({ REPLY_DELAY_SCALE: "fast" })).toThrow(/REPLY_DELAY_SCALE/);
  });

  it("reports the build's commit: Vercel's, else the one recorded at build", () => {
    expect(parseEnv({ VERCEL_GIT_COMMIT_SHA: "abc123", NIKITA_BUILD_COMMIT: "def" }).buildCommit).toBe(
      "abc123",
    );
    expect(parseEnv({ NIKITA_BUILD_COMMIT: "def456" }).buildCommit).toBe("def456");
    expect(parseEnv({}).buildCommit).toBe("unknown");
  });

  it("rejects a malformed URL with the variable's name", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });

  it("detects poolers for prepare: false", async () => {
    const { isPoolerUrl } = await import("@/db/client");
    expect(isPoolerUrl("postgres://u:p@aws-0-eu.pooler.supabase.com:6543/postgres")).toBe(true);
    expect(isPoolerUrl("postgres://postgres@127.0.0.1:5432/test")).toBe(false);
  });
});
