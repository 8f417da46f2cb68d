// touchpoints (every 15 min): she writes first (GAME.md §8) and sends decay warnings.
//   1. "still there?" — for every player the decay job warned (last_decay_warning_at within
//      24 h) whose line is not queued yet: written by the writer, queued once (dedupe key).
//   2. Proactive messages — the engine decides per player (local 08–10 / 19–21 window with the
//      chapter's probability, one draw per window, or 24 h of silence; never within 4 h of the
//      last one, never in HOT/CRITICAL conflict, notifications on, reachable, not paused). The
//      decision is taken on the locked player row and recorded (window drawn, last_proactive_at)
//      before the writer runs, so overlapping runs draw once; a crash between the two loses
//      that one message rather than ever sending it twice. The writer gets the facts she
//      remembers about the player (memory store; a memory outage only means no fact).
// Both kinds skip players who paused her (crisis care), turned notifications off or are
// age-locked; proactive texts also skip players who blocked the bot. Every line passes the
// output guard in scheduleJobLine.
import { randomInt } from "node:crypto";
import { decayWarningKey, listUnsentDecayWarnings } from "@/db/queries/decay";
import {
  listProactiveCandidates,
  lockProactiveCandidate,
  type ProactiveCandidate,
  recordProactiveDecision,
} from "@/db/queries/touchpoints";
import { decideProactive, proactiveWindowKey } from "@/lib/engine/proactive";
import { createRng, type Rng } from "@/lib/engine/rng";
import { PROACTIVE_RULES, TIME } from "@/lib/engine/rules";
import type { Chapter, PlayerStatus } from "@/lib/engine/vocabulary";
import { env } from "@/lib/env";
import { getMemoryStore, type MemoryStore } from "@/lib/memory";
import type { JobContext } from "./job";
import { defineJob } from "./job";
import { safeTimeZone } from "./local-day";
import { scheduleJobLine } from "./schedule-line";
import { defaultJobWriter, type JobWriter, type ProactiveKind, type RememberedFact } from "./writer";

export const TOUCHPOINT_BATCH_SIZE = 1_000;
const WARNING_BATCH_SIZE = 200;
const MAX_SEED = 2 ** 32;
/** Facts offered to the writer for one proactive text. */
const FACTS_PER_MESSAGE = 3;

export interface TouchpointsJobDeps {
  writer?: JobWriter;
  rng?: Rng;
  isTelegramEnabled?: boolean;
  batchSize?: number;
  /** Where her memories come from; the process's store by default. */
  memory?: () => Promise<MemoryStore>;
}

interface Run {
  ctx: JobContext;
  now: Date;
  writer: JobWriter;
  rng: Rng;
  isTelegramEnabled: boolean;
  memory: () => Promise<MemoryStore>;
}

async function queueDecayWarnings(run: Run): Promise<boolean> {
  const { ctx, now } = run;
  for (;;) {
    if (!ctx.hasTime()) return false;
    const pending = await listUnsentDecayWarnings(ctx.db, { now, limit: WARNING_BATCH_SIZE });
    let queued = 0;
    for (const w of pending) {
      const text = await writeLine(run, {
        playerId: w.playerId,
        playerName: w.name ?? "",
        chapter: w.chapter as Chapter,
        kind: "decay_warning",
        facts: [],
      });
      if (text === null) continue;
      const isQueued = await ctx.db.transaction((tx) =>
        scheduleJobLine(tx, {
          playerId: w.playerId,
          recipient: w,
          isTelegramEnabled: run.isTelegramEnabled,
          text,
          source: "warning",
          dueAt: now,
          dedupeKey: decayWarningKey(w.playerId, w.warnedAt),
        }),
      );
      if (isQueued) {
        queued++;
        ctx.count("warnings");
      }
    }
    // A short page is the last one; a page where nothing could be queued would only repeat.
    if (pending.length < WARNING_BATCH_SIZE || queued === 0) return true;
  }
}

/** The writer's line, or null (counted and logged, never the text) when it fails: one player never stops the run. */
async function writeLine(
  run: Run,
  input: Parameters<JobWriter["proactiveMessage"]>[0],
): Promise<string | null> {
  try {
    return await run.writer.proactiveMessage(input);
  } catch (error) {
    run.ctx.count("writerFailures");
    run.ctx.log.warn("writer failed; no proactive line this time", {
      playerId: input.playerId,
      kind: input.kind,
      error,
    });
    return null;
  }
}

/** What she remembers about him, most recently confirmed first; none when memory is down. */
async function rememberedFacts(run: Run, playerId: string): Promise<RememberedFact[]> {
  try {
    const store = await run.memory();
    const hits = await store.search({ playerId, query: "", about: "user", limit: FACTS_PER_MESSAGE });
    return hits.map((h) => ({ subject: h.subject, predicate: h.predicate, object: h.object }));
  } catch (error) {
    run.ctx.count("memoryFailures");
    run.ctx.log.warn("memory unavailable; proactive text without a fact", {
      playerId,
      errorName: error instanceof Error ? error.name : "unknown",
    });
    return [];
  }
}

/** Cheap pre-check without locks: could the engine say anything new for this player now? */
function mayDecide(c: ProactiveCandidate, now: Date): boolean {
  const isSilent =
    c.lastMessageAt !== null &&
    now.getTime() - c.lastMessageAt.getTime() >= PROACTIVE_RULES.silenceHours * TIME.msPerHour;
  const window = proactiveWindowKey(now, safeTimeZone(c.timeZone));
  return isSilent || (window !== null && window !== c.lastProactiveWindow);
}

type Decision = { kind: ProactiveKind; candidate: ProactiveCandidate; key: string } | null;

/** Decides for one player on the locked row and records the decision. */
async function decideFor(run: Run, playerId: string): Promise<Decision> {
  return run.ctx.db.transaction(async (tx) => {
    const c = await lockProactiveCandidate(tx, { now: run.now, playerId });
    if (!c) return null;
    const decision = decideProactive(
      {
        game: { status: c.status as PlayerStatus, chapter: c.chapter as Chapter },
        conflict: {
          temperature: c.temperature,
          updatedAt: c.lastCooledAt,
          positiveCount: 0,
          negativeCount: 0,
          criticalNegativeStreak: 0,
        },
        timeZone: safeTimeZone(c.timeZone),
        notificationsEnabled: c.notificationsEnabled,
        isBotBlocked: c.isUnreachable,
        lastProactiveAt: c.lastProactiveAt,
        lastMessageAt: c.lastMessageAt,
        lastEvaluatedWindow: c.lastProactiveWindow,
      },
      run.now,
      run.rng,
    );
    if (!decision.shouldSend) {
      if (decision.evaluatedWindow !== c.lastProactiveWindow) {
        await recordProactiveDecision(tx, { playerId, window: decision.evaluatedWindow, sentAt: null });
        run.ctx.count("windowsDrawn");
      }
      return null;
    }
    await recordProactiveDecision(tx, { playerId, window: decision.evaluatedWindow, sentAt: run.now });
    const windowKind = decision.evaluatedWindow?.split(":")[1];
    const kind: ProactiveKind =
      decision.reason === "window" && (windowKind === "morning" || windowKind === "evening")
        ? windowKind
        : "silence";
    const key =
      decision.reason === "window"
        ? `proactive:${playerId}:${decision.evaluatedWindow}`
        : `proactive:${playerId}:silence:${c.lastMessageAt?.getTime() ?? 0}`;
    return { kind, candidate: c, key };
  });
}

async function sendProactiveMessages(run: Run, batchSize: number): Promise<boolean> {
  const { ctx, now } = run;
  let afterId: string | null = null;
  for (;;) {
    if (!ctx.hasTime()) return false;
    const page = await listProactiveCandidates(ctx.db, { now, afterId, limit: batchSize });
    ctx.count("candidates", page.length);
    for (const c of page.filter((x) => mayDecide(x, now))) {
      if (!ctx.hasTime()) return false;
      const decision = await decideFor(run, c.playerId);
      if (!decision) continue;
      const text = await writeLine(run, {
        playerId: c.playerId,
        playerName: decision.candidate.name ?? "",
        chapter: decision.candidate.chapter as Chapter,
        kind: decision.kind,
        facts: await rememberedFacts(run, c.playerId),
      });
      if (text === null) continue;
      const isQueued = await ctx.db.transaction((tx) =>
        scheduleJobLine(tx, {
          playerId: c.playerId,
          recipient: decision.candidate,
          isTelegramEnabled: run.isTelegramEnabled,
          text,
          source: "proactive",
          dueAt: now,
          dedupeKey: decision.key,
        }),
      );
      if (isQueued) ctx.count(decision.kind === "silence" ? "silenceMessages" : "windowMessages");
    }
    if (page.length < batchSize) return true;
    afterId = page.at(-1)?.playerId ?? null;
  }
}

export function createTouchpointsJob(deps: TouchpointsJobDeps = {}) {
  return defineJob("touchpoints", async (ctx) => {
    const run: Run = {
      ctx,
      now: ctx.now(),
      writer: deps.writer ?? defaultJobWriter(),
      rng: deps.rng ?? createRng(randomInt(MAX_SEED)),
      isTelegramEnabled: deps.isTelegramEnabled ?? env.telegramEnabled,
      memory: deps.memory ?? getMemoryStore,
    };
    const isWarningsDone = await queueDecayWarnings(run);
    if (!isWarningsDone) return "partial";
    const isProactiveDone = await sendProactiveMessages(run, deps.batchSize ?? TOUCHPOINT_BATCH_SIZE);
    return isProactiveDone ? "ok" : "partial";
  });
}

export const touchpointsJob = createTouchpointsJob();
