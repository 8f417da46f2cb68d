// Lines she sends on her own from a job (goodbyes, "still there?", proactive texts, boss-timeout
// lines): stored as a Nikita message in the player's open conversation on that channel and
// queued for delivery, through the same outbound repositories as her replies. A dedupe key per
// logical line makes a re-run or an overlapping run a no-op instead of a double text. Every
// line passes the output guard first (a blocked one goes out as an in-character fallback and
// is recorded as a safety_event).
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { openConversation, touchConversation } from "@/db/queries/conversations";
import { scheduleOutbound } from "@/db/queries/outbound";
import { type EventChannel, type EventSource, players, scheduledEvents } from "@/db/schema";
import { guardJobLine, recordGuardBlocks } from "./guard-job-text";

export interface Recipient {
  telegramChatId: number | null;
  isUnreachable: boolean;
}

/** Telegram when the bot is on and the player is reachable there; the web chat otherwise. */
export function channelFor(recipient: Recipient, isTelegramEnabled: boolean): EventChannel {
  return isTelegramEnabled && recipient.telegramChatId !== null && !recipient.isUnreachable
    ? "telegram"
    : "web";
}

export interface JobLine {
  playerId: string;
  recipient: Recipient;
  isTelegramEnabled: boolean;
  text: string;
  source: EventSource;
  dueAt: Date;
  /** Unique per logical line, e.g. `goodbye:<player>:<ended-at ms>`. */
  dedupeKey: string;
}

/** outbound.ts suffixes each bubble's key with its index; a job line is one bubble. */
const bubbleKey = (dedupeKey: string) => `${dedupeKey}:0`;

export async function isLineScheduled(db: DbOrTx, dedupeKey: string): Promise<boolean> {
  const [row] = await db
    .select({ id: scheduledEvents.id })
    .from(scheduledEvents)
    .where(eq(scheduledEvents.dedupeKey, bubbleKey(dedupeKey)))
    .limit(1);
  return row !== undefined;
}

/**
 * Queues the line; false when it was already scheduled. Call inside a transaction: the player
 * row is locked first, so two overlapping runs cannot both find the line missing.
 */
export async function scheduleJobLine(db: DbOrTx, line: JobLine): Promise<boolean> {
  const [player] = await db
    .select({ chapter: players.chapter })
    .from(players)
    .where(eq(players.id, line.playerId))
    .for("update");
  if (!player || (await isLineScheduled(db, line.dedupeKey))) return false;
  // The guard's chapter rules use the chapter on the locked row, whoever the caller is.
  const guarded = guardJobLine(line.text, player.chapter, line.dedupeKey);
  const channel = channelFor(line.recipient, line.isTelegramEnabled);
  const conversationId = await openConversation(db, {
    playerId: line.playerId,
    platform: channel,
    now: line.dueAt,
  });
  const scheduled = await scheduleOutbound(db, {
    playerId: line.playerId,
    conversationId,
    channel,
    source: line.source,
    bubbles: [{ text: guarded.text, dueAt: line.dueAt }],
    dedupeKey: line.dedupeKey,
  });
  if (scheduled === 0) return false;
  await touchConversation(db, { conversationId, now: line.dueAt, added: scheduled });
  if (guarded.blocked.length > 0) {
    const [event] = await db
      .select({ messageId: scheduledEvents.messageId })
      .from(scheduledEvents)
      .where(eq(scheduledEvents.dedupeKey, bubbleKey(line.dedupeKey)));
    await recordGuardBlocks(db, { playerId: line.playerId, messageId: event?.messageId ?? null, guarded });
  }
  return true;
}
