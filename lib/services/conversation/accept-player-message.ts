// Accepting a player message, for every channel: validate, then store the message and a
// pending turn in one short transaction before anything slow happens. Nothing here calls
// the model; processing runs right after the response (`after()`) or from the process cron.
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { type AcceptedMessage, insertPlayerMessageWithTurn } from "@/db/queries/conversations";
import { PLATFORMS } from "@/lib/engine/vocabulary";
import { stripControlCharacters } from "@/lib/text/clean";

/** Longest message the web chat takes from its text box (Telegram's own limit is the same). */
export const MAX_PLAYER_MESSAGE_CHARS = 4096;
/**
 * Longest single stored player message. Larger than any input limit on purpose: a channel that
 * receives more (a Telegram update is not bound by the app's limits) splits it into parts in
 * order instead of failing, because a failed Telegram update is redelivered forever.
 */
export const MAX_STORED_MESSAGE_CHARS = 16_384;

export const acceptMessageSchema = z.object({
  playerId: z.string().uuid(),
  platform: z.enum(PLATFORMS),
  content: z
    .string()
    .transform(stripControlCharacters)
    .pipe(z.string().trim().min(1, "The message is empty.").max(MAX_STORED_MESSAGE_CHARS)),
  kind: z.enum(["text", "photo", "sticker", "voice", "video", "document", "other"]).default("text"),
  telegramMessageId: z.number().int().optional(),
});
export type AcceptMessageInput = z.input<typeof acceptMessageSchema>;

export async function acceptPlayerMessage(
  db: DbOrTx,
  input: AcceptMessageInput,
  now: Date,
): Promise<AcceptedMessage> {
  const parsed = acceptMessageSchema.parse(input);
  return insertPlayerMessageWithTurn(db, { ...parsed, now });
}
