// process (every minute): nothing a player said is ever left unanswered or forgotten.
//   a. Turns still pending 2 minutes after they were accepted (their `after()` died with its
//      process), or claimed by a worker that crashed, are processed (processPendingTurns).
//   b. Conversations idle for 15 min are closed (closed_at, once; never one still waiting for
//      her reply), and each closed conversation is mined once: the writer's summary and topics
//      are stored on it, the episode and facts go to memory, and mined_at is set — in one
//      transaction on the locked row, so an overlapping run can never mine it twice. The writer
//      runs before the lock is taken, so a slow model never holds a database lock.
import type { Db, DbOrTx } from "@/db";
import {
  type ConversationToMine,
  closeIdleConversations,
  listConversationsToMine,
  lockForMining,
  markConversationMined,
} from "@/db/queries/conversation-mining";
import { conversationTranscript } from "@/db/queries/conversations";
import { CONVERSATION_RULES, TIME } from "@/lib/engine/rules";
import type { Chapter } from "@/lib/engine/vocabulary";
import { env } from "@/lib/env";
import { getMemoryStore, type MemoryStore, rememberFacts } from "@/lib/memory";
import { getEmbeddingProvider } from "@/lib/memory/embeddings";
import { createPostgresMemoryStore } from "@/lib/memory/postgres-store";
import { createPipelineDeps } from "@/lib/services/conversation/pipeline-deps";
import { processPendingTurns } from "@/lib/services/conversation/process-pending-turns";
import { defineJob, type JobContext } from "./job";
import { defaultJobWriter, type JobWriter } from "./writer";

const CLOSE_BATCH_SIZE = 500;
const MINE_BATCH_SIZE = 20;
const RECOVERY_PLAYERS_PER_PAGE = 50;
/** Longest transcript handed to the writer. */
const TRANSCRIPT_LIMIT = 200;
/** Share of the run's time the turn recovery may use before closing and mining start. */
const RECOVERY_TIME_SHARE = 0.5;

export type RecoverTurns = (params: {
  db: Db;
  now: () => Date;
  limit: number;
  /** Epoch milliseconds (wall clock) to stop at. */
  deadline: number;
}) => Promise<{ processed: number; retried: number; failed: number }>;

export interface ProcessJobDeps {
  recoverTurns?: RecoverTurns;
  writer?: JobWriter;
  /** The memory store to write a mined conversation to, given the mining transaction. */
  memoryFor?: (tx: DbOrTx) => Promise<MemoryStore>;
}

const defaultRecoverTurns: RecoverTurns = ({ db, now, limit, deadline }) =>
  processPendingTurns(createPipelineDeps(db, now), { limit, deadline });

/** Postgres memory writes join the mining transaction (atomic with mined_at); Neo4j cannot. */
const defaultMemoryFor = async (tx: DbOrTx): Promise<MemoryStore> =>
  env.memoryMode === "postgres"
    ? createPostgresMemoryStore(tx as Db, { embeddings: getEmbeddingProvider() })
    : getMemoryStore();

async function mineOne(
  ctx: JobContext,
  deps: Required<Omit<ProcessJobDeps, "recoverTurns">>,
  c: ConversationToMine,
) {
  const transcript = await conversationTranscript(ctx.db, {
    conversationId: c.conversationId,
    limit: TRANSCRIPT_LIMIT,
  });
  const lines = transcript.flatMap((m) =>
    m.role === "player" || m.role === "nikita" ? [{ role: m.role, content: m.content }] : [],
  );
  const mined =
    lines.length === 0
      ? { summary: "", topics: [], facts: [] }
      : await deps.writer.summarizeConversation({
          playerId: c.playerId,
          chapter: c.chapter as Chapter,
          lines,
        });
  return ctx.db.transaction(async (tx) => {
    if (!(await lockForMining(tx, { conversationId: c.conversationId }))) return false;
    const now = ctx.now();
    if (mined.summary) {
      const store = await deps.memoryFor(tx);
      const episode = await store.addEpisode({
        playerId: c.playerId,
        conversationId: c.conversationId,
        summary: mined.summary,
        occurredAt: c.startedAt,
      });
      await rememberFacts(store, {
        playerId: c.playerId,
        facts: mined.facts,
        sourceMessageId: null,
        now,
        episodeId: episode.id,
      });
    }
    await markConversationMined(tx, {
      conversationId: c.conversationId,
      summary: mined.summary,
      topics: mined.topics,
      now,
    });
    return true;
  });
}

export function createProcessJob(deps: ProcessJobDeps = {}) {
  return defineJob("process", async (ctx) => {
    const recoverTurns = deps.recoverTurns ?? defaultRecoverTurns;
    const mining = {
      writer: deps.writer ?? defaultJobWriter(),
      memoryFor: deps.memoryFor ?? defaultMemoryFor,
    };

    const recovered = await recoverTurns({
      db: ctx.db,
      now: ctx.now,
      limit: RECOVERY_PLAYERS_PER_PAGE,
      deadline: Date.now() + ctx.timeLeftMs() * RECOVERY_TIME_SHARE,
    });
    ctx.count("turnsProcessed", recovered.processed);
    ctx.count("turnsRetried", recovered.retried);
    ctx.count("turnsFailed", recovered.failed);

    const idleMs = CONVERSATION_RULES.closeAfterMinutes * TIME.msPerMinute;
    for (;;) {
      if (!ctx.hasTime()) return "partial";
      const now = ctx.now();
      const closed = await closeIdleConversations(ctx.db, {
        now,
        idleBefore: new Date(now.getTime() - idleMs),
        limit: CLOSE_BATCH_SIZE,
      });
      ctx.count("closed", closed);
      if (closed < CLOSE_BATCH_SIZE) break;
    }

    // Each conversation is tried once per run: one held by an overlapping run, or one that
    // failed (retried by a later run), never stalls the rest.
    const attempted: string[] = [];
    for (;;) {
      if (!ctx.hasTime()) return "partial";
      const page = await listConversationsToMine(ctx.db, { limit: MINE_BATCH_SIZE, excludeIds: attempted });
      if (page.length === 0) return "ok";
      for (const c of page) {
        if (!ctx.hasTime()) return "partial";
        attempted.push(c.conversationId);
        try {
          if (await mineOne(ctx, mining, c)) ctx.count("mined");
        } catch (error) {
          ctx.count("miningFailures");
          ctx.log.warn("mining failed", { conversationId: c.conversationId, playerId: c.playerId, error });
        }
      }
    }
  });
}

export const processJob = createProcessJob();
