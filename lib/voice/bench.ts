// `npm run bench:voice`: in-process latency of the voice server tools and the call setup on an
// embedded PGlite database (offline model, so model time is near zero), without HTTP. Prints
// p50/p95 per operation, on PGlite and (with TEST_DATABASE_URL) the PostgreSQL server, as a
// table whose last line is PASS or FAIL (tool p95 < 100 ms, issue 9); the HTTP suite
// (e2e/http/voice.test.ts) measures through next start.
import { openConversation } from "@/db/queries/conversations";
import { messages } from "@/db/schema";
import { createTestDatabase, testDrivers } from "@/db/testing/test-db";
import { percentile } from "@/e2e/support/stats";
import { AGENT_TOOLS } from "@/lib/agents/tools";
import { createRng } from "@/lib/engine";
import { buildCallSetup } from "./call-setup";
import { seedVoicePlayer, voiceTestDeps } from "./testing";

const ROUNDS = Number(process.argv[2] ?? 200);
/** Server-tool answers stay under this p95 (model time excluded: the offline model). */
const TOOL_P95_TARGET_MS = 100;

type Row = { driver: string; operation: string; p50: number; p95: number; isTool: boolean };

async function benchDriver(driver: "pglite" | "postgres"): Promise<Row[]> {
  const handle = await createTestDatabase(driver);
  const now = new Date();
  const playerId = await seedVoicePlayer(handle.db, { now, chapter: 3, score: 62 });
  const conversationId = await openConversation(handle.db, { playerId, platform: "web", now });
  await handle.db.insert(messages).values(
    Array.from({ length: 40 }, (_, i) => ({
      playerId,
      conversationId,
      role: i % 2 === 0 ? ("player" as const) : ("nikita" as const),
      content: i % 2 === 0 ? `my sister in Hamburg, message ${i}` : `tell her I'm impressed, ${i}`,
      createdAt: new Date(now.getTime() - (40 - i) * 60_000),
    })),
  );
  const deps = voiceTestDeps(handle.db);
  await AGENT_TOOLS.update_memory.run({
    deps,
    playerId,
    now,
    input: AGENT_TOOLS.update_memory.input.parse({
      facts: [{ subject: "user", predicate: "has a sister in", object: "Hamburg", about: "user" }],
    }),
  });
  const ops: Record<string, () => Promise<unknown>> = {
    get_context: () => AGENT_TOOLS.get_context.run({ deps, playerId, now, input: {} }),
    get_memory: () =>
      AGENT_TOOLS.get_memory.run({ deps, playerId, now, input: { query: "sister Hamburg", limit: 5 } }),
    score_turn: () =>
      AGENT_TOOLS.score_turn.run({
        deps,
        playerId,
        now,
        input: { player_text: "I trust you, I was scared today." },
      }),
    call_setup: () => buildCallSetup(deps, { playerId, now, secret: "bench-secret", rng: createRng(1) }),
  };
  const rows: Row[] = [];
  for (const [name, op] of Object.entries(ops)) {
    for (let i = 0; i < 10; i++) await op();
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      await op();
      times.push(performance.now() - started);
    }
    rows.push({
      driver: handle.driver,
      operation: name,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      isTool: name in AGENT_TOOLS,
    });
  }
  await handle.close();
  return rows;
}

async function main() {
  const rows: Row[] = [];
  for (const driver of testDrivers()) rows.push(...(await benchDriver(driver)));
  const slow = rows.filter((r) => r.isTool && r.p95 >= TOOL_P95_TARGET_MS);
  console.log(
    `voice tools: ${ROUNDS} rounds per operation, offline model; target tool p95 < ${TOOL_P95_TARGET_MS} ms`,
  );
  console.log(
    ["driver".padEnd(10), "operation".padEnd(12), "p50 ms".padStart(8), "p95 ms".padStart(8), "target"].join(
      "  ",
    ),
  );
  for (const r of rows) {
    const target = r.isTool
      ? `< ${TOOL_P95_TARGET_MS} ms${r.p95 >= TOOL_P95_TARGET_MS ? "  ✗" : ""}`
      : "(reported)";
    console.log(
      [
        r.driver.padEnd(10),
        r.operation.padEnd(12),
        r.p50.toFixed(2).padStart(8),
        r.p95.toFixed(2).padStart(8),
        target,
      ].join("  "),
    );
  }
  if (slow.length === 0) {
    console.log("PASS");
    return;
  }
  console.log(`FAIL ${slow.map((r) => `${r.operation} p95 (${r.driver})`).join(", ")}`);
  process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
