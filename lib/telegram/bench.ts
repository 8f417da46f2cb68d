// Webhook benchmark (`npm run bench:webhook`), against the production build (`next build`
// first; NEXT_DIST_DIR selects the build folder). Registered players (onboarded, with a
// Telegram id) are seeded into a fresh PGlite (and a fresh database on TEST_DATABASE_URL when
// set); `next start` runs with the bot pointed at a local fake Bot API, SCHEDULER_ENABLED=false
// and the offline model. Per database:
//   ping      50 concurrent connections for 10 s of GET /api/health/ping (what Next alone costs)
//   webhook   50 concurrent connections for 20 s of valid text updates from those players
// Before both, the machine's floor: the same ping load on a bare `node:http` server in its own
// process (no framework, no database). It has no target; it shows what latency this machine
// allows at all, next to what Next adds (ping) and what the webhook adds (webhook).
// TELEGRAM_DEFER_PROCESSING=true: the webhook only stores, her replies are left to the process
// cron (off here), so the figures are the webhook's own cost, not the offline model's. (With
// replies processed in `after()` on a 2-core machine, that work took the CPU from both the
// webhook and the ping.) Afterwards every accepted update must be stored.
// Targets: webhook p95 < 100 ms and < 3× the ping's p95, zero errors, nothing lost.
// Prints a table; the last line is PASS or FAIL <target>, and FAIL exits non-zero.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { type DatabaseConfig, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { queryRows } from "@/db/query-rows";
import { players } from "@/db/schema";
import { type FakeTelegram, startFakeTelegram } from "@/e2e/fakes/telegram";
import { type AppServer, startAppServer } from "@/e2e/support/app-server";
import { startBareHttpServer } from "@/e2e/support/bare-http-server";
import { closedLoop, createHttpClient, type LoadRun } from "@/e2e/support/http-load";
import { percentile } from "@/e2e/support/stats";
import { withThrowawayDatabase } from "@/e2e/support/throwaway-db";
import { env } from "@/lib/env";
import { finishOnboarding } from "@/lib/services/onboarding";

const CONNECTIONS = 50;
const WEBHOOK_SECONDS = 20;
const PING_SECONDS = 10;
const PLAYERS = 500;
const P95_TARGET_MS = 100;
const PING_RATIO_TARGET = 3;
const SECRET = `bench-${randomBytes(8).toString("hex")}`;
const BOT = "NikitaBenchBot";
const FIRST_TELEGRAM_ID = 800_000_000;
/**
 * Closed-loop load on both endpoints before measuring. A fresh `next start` on this 2-core
 * machine needs about half a minute of traffic before V8 has optimised Next's request path
 * (the ping's throughput roughly doubles over that time); a server in production is warm.
 */
const WARMUP_SECONDS = 20;

type Row = { benchmark: string; value: string; target: string; ok: boolean };

async function seed(config: DatabaseConfig): Promise<void> {
  const handle = await openDatabase(config);
  try {
    await migrateDatabase(handle);
    const now = new Date();
    for (let i = 0; i < PLAYERS; i++) {
      const telegramId = FIRST_TELEGRAM_ID + i;
      await handle.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(players)
          .values({ telegramId, telegramChatId: telegramId, status: "onboarding" })
          .returning({ id: players.id });
        await finishOnboarding(tx, {
          playerId: row!.id,
          answers: { name: `Bench${i}`, isAdultConfirmed: true, timezone: "Europe/Berlin", darkness: 3 },
          platform: "telegram",
          now,
          seed: i,
        });
      });
    }
    await handle.exec("analyze");
  } finally {
    await handle.close();
  }
}

async function countStored(config: DatabaseConfig): Promise<number> {
  const handle = await openDatabase(config);
  try {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from messages m join ${players} p on p.id = m.player_id
          where m.role = 'player' and p.telegram_id >= ${FIRST_TELEGRAM_ID}`,
    );
    return row?.n ?? 0;
  } finally {
    await handle.close();
  }
}

function textUpdate(updateId: number, telegramId: number, text: string) {
  return JSON.stringify({
    update_id: updateId,
    message: {
      message_id: updateId,
      from: { id: telegramId, is_bot: false, first_name: "Bench" },
      chat: { id: telegramId, first_name: "Bench", type: "private" },
      date: Math.floor(Date.now() / 1000),
      text,
    },
  });
}

const LINES = [
  "what are you up to tonight?",
  "i read something about side channels and thought of you",
  "tell me about root, is he plotting against you again",
  "long day. you?",
];

const p = (r: LoadRun, q: number) => percentile(r.latencies, q);
const describe = (r: LoadRun) =>
  `p50 ${p(r, 50).toFixed(1)} · p95 ${p(r, 95).toFixed(1)} · p99 ${p(r, 99).toFixed(1)} ms · ${(r.latencies.length / r.seconds).toFixed(0)} req/s`;

/** The same ping load on a bare node:http server: the machine's floor, reported without a target. */
async function measureFloor(rows: Row[]) {
  const server = await startBareHttpServer();
  const client = createHttpClient(server.url, CONNECTIONS);
  try {
    await closedLoop(CONNECTIONS, 2, () => client.request("GET", "/"));
    const run = await closedLoop(CONNECTIONS, PING_SECONDS, () => client.request("GET", "/"));
    rows.push({
      benchmark: "floor: bare node:http server",
      value: describe(run),
      target: "—",
      ok: run.errors === 0,
    });
  } finally {
    client.close();
    await server.stop();
  }
}

async function measure(
  label: string,
  config: DatabaseConfig,
  serverEnv: Record<string, string>,
  tg: FakeTelegram,
  rows: Row[],
) {
  const app: AppServer = await startAppServer({
    ...serverEnv,
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_BOT_USERNAME: BOT,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: tg.apiRoot,
    SCHEDULER_ENABLED: "false",
    TELEGRAM_DEFER_PROCESSING: "true",
    LOG_LEVEL: "error",
  });
  const client = createHttpClient(app.url, CONNECTIONS);
  let accepted = 0;
  let nextUpdate = 1;
  const postUpdate = async (worker: number, i: number) => {
    const player = (worker + CONNECTIONS * i) % PLAYERS;
    const answer = await client.request("POST", "/api/telegram/webhook", {
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: textUpdate(nextUpdate++, FIRST_TELEGRAM_ID + player, LINES[i % LINES.length]!),
    });
    if (answer.status === 200) accepted++;
    return answer;
  };
  const ping = () => client.request("GET", "/api/health/ping");
  let pingRun: LoadRun;
  let hookRun: LoadRun;
  try {
    await closedLoop(CONNECTIONS, WARMUP_SECONDS, (worker, i) =>
      worker % 2 ? ping() : postUpdate(worker, i),
    );
    pingRun = await closedLoop(CONNECTIONS, PING_SECONDS, () => ping());
    hookRun = await closedLoop(CONNECTIONS, WEBHOOK_SECONDS, postUpdate);
  } catch (error) {
    console.error(app.logs().slice(-3000));
    throw error;
  } finally {
    client.close();
    await app.stop();
  }
  const stored = await countStored(config);

  rows.push({
    benchmark: `ping (${label})`,
    value: describe(pingRun),
    target: "—",
    ok: pingRun.errors === 0,
  });
  rows.push({ benchmark: `webhook (${label})`, value: describe(hookRun), target: "—", ok: true });
  rows.push({
    benchmark: `webhook p95 (${label})`,
    value: `${p(hookRun, 95).toFixed(1)} ms`,
    target: `< ${P95_TARGET_MS} ms`,
    ok: p(hookRun, 95) < P95_TARGET_MS,
  });
  rows.push({
    benchmark: `webhook p95 / ping p95 (${label})`,
    value: `${(p(hookRun, 95) / p(pingRun, 95)).toFixed(2)}×`,
    target: `< ${PING_RATIO_TARGET}×`,
    ok: p(hookRun, 95) < PING_RATIO_TARGET * p(pingRun, 95),
  });
  rows.push({
    benchmark: `webhook errors (${label})`,
    value: `${hookRun.errors} of ${hookRun.latencies.length}${hookRun.firstError ? ` (${hookRun.firstError})` : ""}`,
    target: "0",
    ok: hookRun.errors === 0,
  });
  rows.push({
    benchmark: `accepted updates stored (${label})`,
    value: `${stored} of ${accepted}`,
    target: "all",
    ok: stored === accepted,
  });
}

async function main() {
  const rows: Row[] = [];
  const tg = await startFakeTelegram();
  try {
    await measureFloor(rows);
    const dir = mkdtempSync(path.join(tmpdir(), "nikita-bench-webhook-"));
    const pgliteDir = path.join(dir, "pglite");
    try {
      await seed({ pgliteDir });
      await measure("PGlite", { pgliteDir }, { PGLITE_DIR: pgliteDir }, tg, rows);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const baseUrl = env.TEST_DATABASE_URL;
    if (baseUrl) {
      await withThrowawayDatabase(baseUrl, "nikita_bench_webhook", async (url) => {
        await seed({ url });
        await measure("PostgreSQL", { url }, { DATABASE_URL: url }, tg, rows);
      });
    }
  } finally {
    await tg.close();
  }

  console.log(
    `${CONNECTIONS} connections; ping ${PING_SECONDS} s then webhook ${WEBHOOK_SECONDS} s per database; ${PLAYERS} registered players; replies deferred to the process cron (TELEGRAM_DEFER_PROCESSING=true)`,
  );
  console.table(rows.map(({ ok, ...r }) => ({ ...r, result: ok ? "ok" : "FAIL" })));
  const failed = rows.filter((r) => !r.ok);
  if (failed.length > 0) {
    console.log(`FAIL ${failed.map((r) => r.benchmark).join(", ")}`);
    process.exit(1);
  }
  console.log("PASS");
}

main().catch((error: unknown) => {
  console.error(
    "bench failed:",
    error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : error,
  );
  console.log("FAIL bench did not run");
  process.exit(1);
});
