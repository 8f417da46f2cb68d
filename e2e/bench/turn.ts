// npm run bench:turn — what the conversation pipeline itself costs per player message.
// Targets: accept→stored (message + pending turn committed) p95 < 20 ms, and full processing
// overhead excluding model time (claim, gates, memory recall, prompt build, scoring
// transaction, bubbles, llm_calls rows, memory write) p95 < 50 ms, on PGlite and on the
// PostgreSQL server (TEST_DATABASE_URL → a fresh throwaway database). The model for that part is
// an in-process fake that answers instantly but still builds the real Claude requests and
// writes llm_calls rows like the adapter, so only its (near-zero) answer time is excluded.
// Then the cache part (turn-cache.ts): 20-turn conversations through the real SDK against the
// fake Anthropic API, measured from its usage: ≤ 2 model calls per message, reply prompt
// ≤ 6k input tokens, ≥ 70% of them served from cache over every conversation. Prints a table with the machine
// load and, for information, the process CPU time per turn (the load barely changes it; for
// PGlite it includes the database itself). The last line is `PASS` or `FAIL <target>`, and
// FAIL exits non-zero.
import { cpus, loadavg } from "node:os";
import { type Db, setDatabaseForProcess } from "@/db";
import { saveEngineState } from "@/db/queries/engine-state";
import { insertLlmCall } from "@/db/queries/llm-calls";
import { players } from "@/db/schema";
import { createTestDatabase, type TestDatabase, type TestDriver } from "@/db/testing/test-db";
import { percentile } from "@/e2e/support/stats";
import type { ConversationModel } from "@/lib/agents/model";
import { createOfflineModel } from "@/lib/agents/offline-model";
import {
  buildAnalysisRequest,
  buildReplyRequest,
  type MessagesRequest,
  promptStats,
} from "@/lib/agents/prompt";
import { completeOnboarding, createEngineState } from "@/lib/engine";
import { env } from "@/lib/env";
import { recallForPrompt, rememberFacts } from "@/lib/memory";
import { createPostgresMemoryStore } from "@/lib/memory/postgres-store";
import { acceptPlayerMessage } from "@/lib/services/conversation/accept-player-message";
import type { PipelineDeps } from "@/lib/services/conversation/deps";
import { processPlayerTurns } from "@/lib/services/conversation/process-turn";
import { type CacheRun, CONVERSATION_TURNS, runCacheConversations } from "./turn-cache";

const PLAYERS = 10;
const WARMUP_TURNS = 30;
const TURNS = 300;
/** Seconds between two messages (any player); each player writes every PLAYERS × this. */
const STEP_SECONDS = 20;
const TARGET_ACCEPT_P95_MS = 20;
const TARGET_OVERHEAD_P95_MS = 50;
const TARGET_CACHE_SHARE = 0.7;
const TARGET_REPLY_INPUT_TOKENS = 6_000;
const TARGET_CALLS_PER_MESSAGE = 2;

const PLAYER_LINES = [
  "honestly i think most security advice is theatre, prove me wrong",
  "my cat knocked my coffee over the keyboard again",
  "what are you working on tonight?",
  "i climbed for the first time today, my arms are dead",
  "do you ever get bored of breaking into things?",
  "i read your thing about password managers. still not convinced",
  "ok but what's the worst bug you ever found",
  "i'm making pasta, want the recipe or is that too domestic",
];
const HER_LINE = "mm. fair. but you're still wrong about half of it\n\nconvince me about the other half";

type Sample = {
  acceptMs: number;
  overheadMs: number;
  /** CPU time of this process while processing (load-independent; the whole DB for PGlite). */
  cpuMs: number;
  modelMs: number;
  calls: number;
  acceptQueries: number;
  turnQueries: number;
};
type Result = {
  name: string;
  turns: number;
  accept: { p50: number; p95: number };
  overhead: { p50: number; p95: number };
  cpu: { p50: number; p95: number };
  modelMsPerTurn: number;
  callsPerTurn: number;
  acceptQueries: number;
  turnQueries: number;
};

/**
 * Counts the SQL statements drizzle sends (BEGIN/COMMIT not included) by giving the session,
 * and the transaction sessions made from its options, a counting logger.
 */
function countQueries(db: Db): { count: number } {
  const counter = { count: 0 };
  const logger = {
    logQuery: () => {
      counter.count += 1;
    },
  };
  const session = (db as unknown as { session: { logger: unknown; options: { logger?: unknown } } }).session;
  session.logger = logger;
  session.options.logger = logger;
  return counter;
}

/**
 * The instant fake: builds the real requests (the prompt cost stays in the measurement), records
 * one llm_calls row per call as the adapter does, and answers with canned text and the offline
 * analyzer. Time inside the fake's answer (not the request build or the row) is model time.
 */
function instantModel(db: Db, meter: { modelMs: number; calls: number; lastReply?: MessagesRequest }) {
  const offline = createOfflineModel();
  const record = (purpose: string, playerId: string, request: MessagesRequest) =>
    insertLlmCall(db, {
      playerId,
      purpose,
      model: request.model,
      inputTokens: 120,
      outputTokens: 40,
      cacheReadTokens: promptStats(request).prefixTokens,
      cacheWriteTokens: 0,
      costUsd: 0.0004,
      latencyMs: 0,
      status: "ok",
      error: null,
    });
  const timed = async <T>(answer: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await answer();
    } finally {
      meter.modelMs += performance.now() - started;
      meter.calls += 1;
    }
  };
  const model: ConversationModel = {
    mode: "anthropic",
    async reply(ctx) {
      const request = buildReplyRequest(ctx, { model: "claude-sonnet-4-6" });
      meter.lastReply = request;
      const text = await timed(async () => HER_LINE);
      await record("reply", ctx.playerId, request);
      return text;
    },
    async analyze(ctx) {
      const request = buildAnalysisRequest(ctx, { model: "claude-haiku-4-5" });
      const analysis = await timed(() => offline.analyze(ctx));
      await record("analysis", ctx.playerId, request);
      return analysis;
    },
    judge: (ctx) => timed(() => offline.judge(ctx)),
    bossLine: (ctx) => timed(() => offline.bossLine(ctx)),
  };
  return model;
}

async function seedPlayers(t: TestDatabase, now: Date): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < PLAYERS; i++) {
    const [row] = await t.db
      .insert(players)
      .values({ name: `Bench ${i}`, timezone: "Europe/Berlin", country: "DE" })
      .returning({ id: players.id });
    const onboarded = completeOnboarding(
      createEngineState(now),
      { darkness: 3, isAdultConfirmed: true },
      now,
    );
    if (!onboarded.ok) throw new Error("onboarding failed");
    await saveEngineState(t.db, { playerId: row!.id, state: onboarded.state, now });
    ids.push(row!.id);
  }
  return ids;
}

async function runTarget(driver: TestDriver, name: string): Promise<Result> {
  const t = await createTestDatabase(driver);
  setDatabaseForProcess(t);
  try {
    let clock = new Date("2026-11-20T17:00:00Z");
    const ids = await seedPlayers(t, clock);
    const store = createPostgresMemoryStore(t.db);
    const meter: { modelMs: number; calls: number; lastReply?: MessagesRequest } = { modelMs: 0, calls: 0 };
    const deps: PipelineDeps = {
      db: t.db,
      model: instantModel(t.db, meter),
      memory: {
        recall: (params) => recallForPrompt(store, params),
        remember: async (params) => {
          await rememberFacts(store, params);
        },
      },
      now: () => clock,
      seed: () => 7,
      delayScale: 1,
    };
    const queries = countQueries(t.db);
    const samples: Sample[] = [];
    for (let i = 0; i < WARMUP_TURNS + TURNS; i++) {
      const playerId = ids[i % ids.length]!;
      const content = PLAYER_LINES[i % PLAYER_LINES.length]!;
      meter.modelMs = 0;
      meter.calls = 0;
      meter.lastReply = undefined;
      const q0 = queries.count;
      const t0 = performance.now();
      await acceptPlayerMessage(t.db, { playerId, platform: "telegram", content }, clock);
      const t1 = performance.now();
      const q1 = queries.count;
      const cpu0 = process.cpuUsage();
      const outcomes = await processPlayerTurns(deps, playerId);
      const cpu = process.cpuUsage(cpu0);
      const t2 = performance.now();
      const q2 = queries.count;
      if (outcomes.length !== 1)
        throw new Error(`turn ${i}: expected one outcome, got ${outcomes.join(",")}`);
      if (i >= WARMUP_TURNS) {
        samples.push({
          acceptMs: t1 - t0,
          overheadMs: t2 - t1 - meter.modelMs,
          cpuMs: (cpu.user + cpu.system) / 1000,
          modelMs: meter.modelMs,
          calls: meter.calls,
          acceptQueries: q1 - q0,
          turnQueries: q2 - q1,
        });
      }
      clock = new Date(clock.getTime() + STEP_SECONDS * 1000);
    }
    return {
      name,
      turns: samples.length,
      accept: {
        p50: percentile(
          samples.map((s) => s.acceptMs),
          50,
        ),
        p95: percentile(
          samples.map((s) => s.acceptMs),
          95,
        ),
      },
      overhead: {
        p50: percentile(
          samples.map((s) => s.overheadMs),
          50,
        ),
        p95: percentile(
          samples.map((s) => s.overheadMs),
          95,
        ),
      },
      cpu: {
        p50: percentile(
          samples.map((s) => s.cpuMs),
          50,
        ),
        p95: percentile(
          samples.map((s) => s.cpuMs),
          95,
        ),
      },
      modelMsPerTurn: samples.reduce((a, s) => a + s.modelMs, 0) / samples.length,
      callsPerTurn: samples.reduce((a, s) => a + s.calls, 0) / samples.length,
      acceptQueries: samples.reduce((a, s) => a + s.acceptQueries, 0) / samples.length,
      turnQueries: samples.reduce((a, s) => a + s.turnQueries, 0) / samples.length,
    };
  } finally {
    setDatabaseForProcess(undefined);
    await t.close();
  }
}

const ms = (n: number) => n.toFixed(2).padStart(9);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(8);

async function main(): Promise<void> {
  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2));
  console.log(
    `turn pipeline: ${TURNS} messages (+${WARMUP_TURNS} warm-up) over ${PLAYERS} players, instant fake model; ` +
      `targets accept p95 < ${TARGET_ACCEPT_P95_MS} ms, overhead p95 < ${TARGET_OVERHEAD_P95_MS} ms`,
  );
  console.log(`machine: ${cpus().length} cores, load average ${one} / ${five} / ${fifteen} (1 / 5 / 15 min)`);
  const targets: [TestDriver, string][] = [["pglite", "pglite"]];
  if (env.TEST_DATABASE_URL) targets.push(["postgres", "postgres (TEST_DATABASE_URL)"]);
  const only = process.argv[2];
  const results: Result[] = [];
  for (const [driver, name] of targets.filter(([d]) => !only || d.includes(only))) {
    results.push(await runTarget(driver, name));
  }

  console.log(
    `${"driver".padEnd(30)} ${"turns".padStart(5)} ${"accept p50".padStart(10)} ${"accept p95".padStart(10)} ${"proc p50".padStart(9)} ${"proc p95".padStart(9)} ${"cpu p50".padStart(9)} ${"cpu p95".padStart(9)} ${"model ms".padStart(9)} ${"calls".padStart(5)} ${"q accept".padStart(8)} ${"q turn".padStart(6)}`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(30)} ${String(r.turns).padStart(5)} ${ms(r.accept.p50).padStart(10)} ${ms(r.accept.p95).padStart(10)} ${ms(r.overhead.p50)} ${ms(r.overhead.p95)} ${ms(r.cpu.p50)} ${ms(r.cpu.p95)} ${ms(r.modelMsPerTurn)} ${r.callsPerTurn.toFixed(2).padStart(5)} ${r.acceptQueries.toFixed(1).padStart(8)} ${r.turnQueries.toFixed(1).padStart(6)}`,
    );
  }

  console.log(
    `\nprompt cache: ${CONVERSATION_TURNS}-turn conversations, real SDK → fake Anthropic API (per-model cache minimums, 5 min lifetime); ` +
      `targets ≤ ${TARGET_CALLS_PER_MESSAGE} calls per message, reply prompt ≤ ${TARGET_REPLY_INPUT_TOKENS} input tokens, ≥ ${TARGET_CACHE_SHARE * 100}% of it from cache in every conversation`,
  );
  const cacheRuns: CacheRun[] = [];
  for (const [driver] of targets.filter(([d]) => !only || d.includes(only))) {
    cacheRuns.push(await runCacheConversations(driver));
  }
  console.log(
    `${"driver".padEnd(10)} ${"msgs".padStart(5)} ${"calls/msg".padStart(9)} ${"reply in p50".padStart(12)} ${"reply in max".padStart(12)} ${"reply cached".padStart(12)} ${"worst conv".padStart(10)} ${"analysis cached".padStart(15)} ${"$ / msg".padStart(9)}`,
  );
  for (const c of cacheRuns) {
    console.log(
      `${c.driver.padEnd(10)} ${String(c.messages).padStart(5)} ${c.callsPerMessage.toFixed(2).padStart(9)} ${String(c.replyInput.p50).padStart(12)} ${String(c.replyInput.max).padStart(12)} ${pct(c.replyCacheShare).padStart(12)} ${pct(c.replyCacheShareMin).padStart(10)} ${pct(c.analysisCacheShare).padStart(15)} ${c.usdPerMessage.toFixed(5).padStart(9)}`,
    );
  }

  const failures: string[] = [];
  for (const r of results) {
    if (!(r.accept.p95 < TARGET_ACCEPT_P95_MS))
      failures.push(`${r.name} accept p95 ${r.accept.p95.toFixed(2)} ms >= ${TARGET_ACCEPT_P95_MS} ms`);
    if (!(r.overhead.p95 < TARGET_OVERHEAD_P95_MS))
      failures.push(
        `${r.name} processing overhead p95 ${r.overhead.p95.toFixed(2)} ms >= ${TARGET_OVERHEAD_P95_MS} ms`,
      );
    if (r.callsPerTurn > TARGET_CALLS_PER_MESSAGE)
      failures.push(
        `${r.name} ${r.callsPerTurn.toFixed(2)} model calls per message > ${TARGET_CALLS_PER_MESSAGE}`,
      );
  }
  for (const c of cacheRuns) {
    if (c.callsPerMessage > TARGET_CALLS_PER_MESSAGE)
      failures.push(`${c.driver} ${c.callsPerMessage.toFixed(2)} model calls per message`);
    if (c.replyInput.max > TARGET_REPLY_INPUT_TOKENS)
      failures.push(
        `${c.driver} reply prompt ${c.replyInput.max} > ${TARGET_REPLY_INPUT_TOKENS} input tokens`,
      );
    if (!(c.replyCacheShareMin >= TARGET_CACHE_SHARE))
      failures.push(
        `${c.driver} reply cache share ${pct(c.replyCacheShareMin).trim()} < ${TARGET_CACHE_SHARE * 100}%`,
      );
  }
  if (failures.length > 0) {
    console.log(`FAIL ${failures.join("; ")}`);
    process.exit(1);
  }
  console.log("PASS");
}

main().catch((error: unknown) => {
  console.error("turn bench failed:", error instanceof Error ? error.stack : error);
  console.log("FAIL bench error");
  process.exit(1);
});
