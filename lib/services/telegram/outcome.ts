// What handling one Telegram update decided, to carry out after its transaction commits:
// messages and callback answers to send directly through the Bot API, and which player's
// pipeline (her reply) or delivery (her first message) to kick off after the response.
import type { Rng } from "@/lib/engine";
import type { Keyboard } from "@/lib/telegram/copy";

export type BotReply =
  | { kind: "message"; chatId: number; text: string; keyboard?: Keyboard }
  | { kind: "answer_callback"; callbackId: string; text?: string }
  | { kind: "clear_keyboard"; chatId: number; messageId: number };

export type UpdateOutcome = {
  /** False when the update_id was seen before: acknowledged and dropped. */
  accepted: boolean;
  replies: BotReply[];
  /** A player message was stored with a pending turn: run the pipeline for this player. */
  processPlayerId?: string;
  /** Her bubbles were queued outside the pipeline (first message): deliver for this player. */
  deliverPlayerId?: string;
};

export interface HandleContext {
  now: Date;
  rng: Rng;
  seed: number;
  voiceEnabled: boolean;
}

export const message = (chatId: number, text: string, keyboard?: Keyboard): BotReply => ({
  kind: "message",
  chatId,
  text,
  ...(keyboard ? { keyboard } : {}),
});
