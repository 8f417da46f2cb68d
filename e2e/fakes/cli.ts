/**
 * Runs one fake server standalone, e.g. as a Playwright `webServer` entry:
 *
 *   npx tsx e2e/fakes/cli.ts telegram --port 4010 --token 123:abc
 *   npx tsx e2e/fakes/cli.ts anthropic --port 4011 [--api-key sk-ant-x] [--default-text "hi"]
 *   npx tsx e2e/fakes/cli.ts elevenlabs --port 4012 [--api-key xi] [--agent agent_1 …] [--signed-url-base wss://…]
 *   npx tsx e2e/fakes/cli.ts supabase-auth --port 4013 [--anon-key k] [--service-role-key k]
 *                                          [--algorithm ES256|RS256|HS256] [--jwt-secret s] [--site-url url]
 *
 * Prints the base URL alone on stdout (details on stderr); readiness probe: GET <url>/__fake/health.
 * Control the running fake from tests with control.ts. Imitated APIs and fixture sources: see the
 * header of each fake (anthropic.ts, telegram.ts, elevenlabs.ts, supabase-auth.ts).
 */
import { startFakeAnthropic } from "./anthropic";
import { startFakeElevenLabs } from "./elevenlabs";
import type { FakeServer } from "./http";
import { startFakeSupabaseAuth } from "./supabase-auth";
import type { JwtAlgorithm } from "./supabase-jwt";
import { startFakeTelegram } from "./telegram";

const KINDS = ["telegram", "anthropic", "elevenlabs", "supabase-auth"] as const;
type Kind = (typeof KINDS)[number];

export function parseArgs(argv: string[]): { kind: Kind; flags: Map<string, string[]> } {
  const [kind, ...rest] = argv;
  if (!KINDS.includes(kind as Kind)) {
    throw new Error(`usage: cli.ts <${KINDS.join("|")}> [--port N] [--host H] [options]`);
  }
  const flags = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith("--")) throw new Error(`unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    const value = inline ?? rest[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { kind: kind as Kind, flags };
}

export async function startFromArgs(
  argv: string[],
): Promise<{ kind: Kind; fake: FakeServer; details: string }> {
  const { kind, flags } = parseArgs(argv);
  const one = (name: string) => flags.get(name)?.at(-1);
  const num = (name: string) => (one(name) === undefined ? undefined : Number(one(name)));
  const listen = { port: num("port"), host: one("host") };
  switch (kind) {
    case "telegram": {
      const fake = await startFakeTelegram({ ...listen, token: one("token") });
      return { kind, fake, details: `token ${fake.token}; grammY client.apiRoot = ${fake.apiRoot}` };
    }
    case "anthropic": {
      const fake = await startFakeAnthropic({
        ...listen,
        apiKey: one("api-key"),
        defaultText: one("default-text"),
        minCacheableTokens: num("min-cacheable-tokens"),
      });
      return { kind, fake, details: `ANTHROPIC_BASE_URL=${fake.url}` };
    }
    case "elevenlabs": {
      const fake = await startFakeElevenLabs({
        ...listen,
        apiKey: one("api-key"),
        agents: flags.get("agent"),
        signedUrlBase: one("signed-url-base"),
      });
      return { kind, fake, details: `GET ${fake.url}/v1/convai/conversation/get-signed-url?agent_id=…` };
    }
    case "supabase-auth": {
      const fake = await startFakeSupabaseAuth({
        ...listen,
        anonKey: one("anon-key"),
        serviceRoleKey: one("service-role-key"),
        algorithm: one("algorithm") as JwtAlgorithm | undefined,
        jwtSecret: one("jwt-secret"),
        siteUrl: one("site-url"),
        issuer: one("issuer"),
      });
      return {
        kind,
        fake,
        details: `NEXT_PUBLIC_SUPABASE_URL=${fake.url} anon key ${fake.anonKey} (${fake.algorithm})`,
      };
    }
  }
}

async function main() {
  const { kind, fake, details } = await startFromArgs(process.argv.slice(2));
  process.stdout.write(`${fake.url}\n`);
  process.stderr.write(`[fake ${kind}] listening on ${fake.url} — ${details}\n`);
  const stop = () => {
    fake.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
