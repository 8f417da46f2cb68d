// The cache half of `npm run bench:turn`: players hold 20-turn conversations through the real
// pipeline and the real @anthropic-ai/sdk against the fake Anthropic API, which enforces each
// model's minimum cacheable prefix and the 5-minute lifetime (game time: one message a minute).
// Everything is measured from the usage the fake returned for the real request bodies: input
// tokens of each reply prompt (uncached + cache writes + cache reads), the share served from
// cache over whole conversations, model calls per player message and dollars per message.
import { eq } from "drizzle-orm";
import { setDatabaseForProcess } from "@/db";
import { saveEngineState } from "@/db/queries/engine-state";
import { llmCalls, players } from "@/db/schema";
import { createTestDatabase, type TestDriver } from "@/db/testing/test-db";
import { type AnthropicCall, type MessagesRequest, startFakeAnthropic } from "@/e2e/fakes/anthropic";
import { createAnthropicModel } from "@/lib/agents/anthropic-model";
import { completeOnboarding, createEngineState } from "@/lib/engine";
import { recallForPrompt, rememberFacts } from "@/lib/memory";
import { createPostgresMemoryStore } from "@/lib/memory/postgres-store";
import { acceptPlayerMessage } from "@/lib/services/conversation/accept-player-message";
import type { PipelineDeps } from "@/lib/services/conversation/deps";
import { processPlayerTurns } from "@/lib/services/conversation/process-turn";

export const CONVERSATION_TURNS = 20;
const PLAYERS = 5;
const REPLY_MODEL = "claude-sonnet-4-6";
const SMALL_MODEL = "claude-haiku-4-5";
const API_KEY = "sk-ant-bench";
/** Game seconds between two messages of one player (a lively conversation, well inside 5 min). */
const GAP_SECONDS = 60;

const PLAYER_LINES = [
  "honestly i think most security advice is theatre, prove me wrong",
  "my cat knocked my coffee over the keyboard again",
  "what are you working on tonight?",
  "i climbed for the first time today, my arms are dead",
  "do you ever get bored of breaking into things?",
  "i read your thing about password managers. still not convinced",
  "ok but what's the worst bug you ever found",
  "i'm making pasta, want the recipe or is that too domestic",
  "my sister moved to hamburg last week, i miss her already",
  "what music do you put on when you're deep in a client's network",
];
const HER_LINES = [
  "theatre with real consequences. the lock on your door is theatre too until someone tries it",
  "root would approve. chaos is his love language",
  "an insurance company that still uses fax. pray for me",
  "welcome to the club. tomorrow you won't be able to lift a mug",
  "never. it's the only job where being nosy is the point",
  "fine. stay unconvinced and reuse your dog's name everywhere",
  "a hospital's badge system that trusted anyone holding the door. i still think about it",
  "too domestic. send it anyway",
];

/** An ordinary exchange: nothing moves, so no boss fight interrupts the conversations. */
const ORDINARY_ANALYSIS = {
  deltas: { intimacy: 0, passion: 0, trust: 0, secureness: 0 },
  behaviours: [],
  repair: { detected: false, quality: null },
  vice_signals: [],
  facts: [],
  flags: { crisis: false, minor: false },
  confidence: 0.8,
  explanation: "he kept the conversation going",
};

export type CacheRun = {
  driver: string;
  messages: number;
  callsPerMessage: number;
  replyInput: { p50: number; max: number };
  /** Cache reads / all input tokens of reply prompts, over every conversation. */
  replyCacheShare: number;
  /** Worst single conversation. */
  replyCacheShareMin: number;
  analysisCacheShare: number;
  usdPerMessage: number;
};

const inputOf = (c: AnthropicCall) =>
  (c.usage?.input_tokens ?? 0) +
  (c.usage?.cache_read_input_tokens ?? 0) +
  (c.usage?.cache_creation_input_tokens ?? 0);
const share = (calls: AnthropicCall[]) => {
  const total = calls.reduce((s, c) => s + inputOf(c), 0);
  return total === 0 ? 0 : calls.reduce((s, c) => s + (c.usage?.cache_read_input_tokens ?? 0), 0) / total;
};

export async function runCacheConversations(driver: TestDriver): Promise<CacheRun> {
  let clock = new Date("2026-11-20T17:00:00Z");
  const fake = await startFakeAnthropic({ apiKey: API_KEY, now: () => clock.getTime() });
  const t = await createTestDatabase(driver);
  setDatabaseForProcess(t);
  try {
    let turn = 0;
    fake.respondWith((req: MessagesRequest, ctx) => {
      if (req.tool_choice?.name === "record_analysis")
        return { type: "tool_use", name: "record_analysis", input: ORDINARY_ANALYSIS };
      if (req.tool_choice?.type === "tool") return fake.defaultResponder(req, ctx);
      return HER_LINES[turn++ % HER_LINES.length]!;
    });
    const model = createAnthropicModel({
      baseURL: fake.url,
      apiKey: API_KEY,
      timeoutMs: 10_000,
      maxRetries: 0,
      now: () => clock.getTime(),
      models: { reply: REPLY_MODEL, small: SMALL_MODEL },
    });
    const store = createPostgresMemoryStore(t.db);
    const deps: PipelineDeps = {
      db: t.db,
      model,
      memory: {
        recall: (params) => recallForPrompt(store, params),
        remember: async (params) => {
          await rememberFacts(store, params);
        },
      },
      now: () => clock,
      seed: () => 7,
      delayScale: 0,
    };
    const ids: string[] = [];
    for (let i = 0; i < PLAYERS; i++) {
      const [row] = await t.db
        .insert(players)
        .values({ name: `Cache ${i}`, timezone: "Europe/Berlin", country: "DE" })
        .returning({ id: players.id });
      const onboarded = completeOnboarding(
        createEngineState(clock),
        { darkness: 3, isAdultConfirmed: true },
        clock,
      );
      if (!onboarded.ok) throw new Error("onboarding failed");
      await saveEngineState(t.db, { playerId: row!.id, state: onboarded.state, now: clock });
      ids.push(row!.id);
    }
    const byPlayer = new Map<string, AnthropicCall[]>();
    for (let step = 0; step < CONVERSATION_TURNS; step++) {
      for (const [p, playerId] of ids.entries()) {
        const before = fake.calls.length;
        const content = PLAYER_LINES[(step + p) % PLAYER_LINES.length]!;
        await acceptPlayerMessage(t.db, { playerId, platform: "web", content }, clock);
        await processPlayerTurns(deps, playerId);
        byPlayer.set(playerId, [...(byPlayer.get(playerId) ?? []), ...fake.calls.slice(before)]);
        clock = new Date(clock.getTime() + (GAP_SECONDS / PLAYERS) * 1000);
      }
    }
    const messages = fake.calls.filter((c) => c.endpoint === "messages");
    const isReply = (c: AnthropicCall) => !(c.body as MessagesRequest).tool_choice;
    const replies = messages.filter(isReply);
    const analyses = messages.filter(
      (c) => (c.body as MessagesRequest).tool_choice?.name === "record_analysis",
    );
    const sizes = replies.map(inputOf).sort((a, b) => a - b);
    const costs = await t.db
      .select({ cost: llmCalls.costUsd })
      .from(llmCalls)
      .where(eq(llmCalls.status, "ok"));
    const total = PLAYERS * CONVERSATION_TURNS;
    return {
      driver,
      messages: total,
      callsPerMessage: messages.length / total,
      replyInput: { p50: sizes[Math.floor(sizes.length / 2)] ?? 0, max: sizes.at(-1) ?? 0 },
      replyCacheShare: share(replies),
      replyCacheShareMin: Math.min(...[...byPlayer.values()].map((calls) => share(calls.filter(isReply)))),
      analysisCacheShare: share(analyses),
      usdPerMessage: costs.reduce((s, r) => s + Number(r.cost), 0) / total,
    };
  } finally {
    setDatabaseForProcess(undefined);
    await t.close();
    await fake.close();
  }
}
