// Turning her text into scheduled bubbles: shaping (role-play stripped, emoji policy,
// sentence splits, ≤ 4096 chars), the reply delay on a new conversation with "typing…" from
// the start, and the channel the player wrote on.
import type { DbOrTx } from "@/db";
import { scheduleOutbound } from "@/db/queries/outbound";
import type { EventChannel, EventSource } from "@/db/schema";
import { type Rng, shapeReply } from "@/lib/engine";
import type { Platform } from "@/lib/engine/vocabulary";

export function channelFor(platform: Platform): EventChannel {
  return platform === "telegram" ? "telegram" : "web";
}

export type PlannedBubbles = {
  bubbles: { text: string; dueAt: Date; typingFrom: Date | null }[];
  endsAt: Date;
};

/** Shapes `text` into bubbles starting `delaySeconds` after `start`. */
export function planBubbles(
  text: string,
  params: { start: Date; delaySeconds: number; rng: Rng },
): PlannedBubbles {
  const shaped = shapeReply(text, params.rng);
  let due = params.start.getTime() + params.delaySeconds * 1000;
  const bubbles = shaped.map((b, i) => {
    due += b.delayMs;
    return {
      text: b.text,
      dueAt: new Date(due),
      typingFrom: i === 0 && params.delaySeconds > 0 ? params.start : null,
    };
  });
  return { bubbles, endsAt: new Date(due) };
}

/** Schedules planned bubbles; returns how many were new (a retried turn schedules none twice). */
export async function sendPlanned(
  db: DbOrTx,
  params: {
    playerId: string;
    conversationId: string;
    platform: Platform;
    source: EventSource;
    planned: PlannedBubbles;
    dedupeKey: string;
  },
): Promise<number> {
  return scheduleOutbound(db, {
    playerId: params.playerId,
    conversationId: params.conversationId,
    channel: channelFor(params.platform),
    source: params.source,
    bubbles: params.planned.bubbles,
    dedupeKey: params.dedupeKey,
  });
}
