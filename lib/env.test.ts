// The env contract: nothing set → embedded defaults; each variable switches its adapter; a
// Vercel production deployment missing a required secret fails with the variable's name.
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

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

  it("does not demand production secrets from a local `next start`", () => {
    expect(parseEnv({ NODE_ENV: "production" }).isDeployedProduction).toBe(false);
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
