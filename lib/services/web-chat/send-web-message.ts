// A message typed in the browser chat: validated, refused while the player is still
// onboarding, then accepted into the shared pipeline on the `web` channel (stored with its
// pending turn). The caller schedules processing with `processSoon` after responding.
import { z } from "zod";
import type { DbOrTx } from "@/db";
import type { PlayerStatus } from "@/lib/engine/vocabulary";
import { AppError } from "@/lib/errors";
import {
  acceptPlayerMessage,
  MAX_PLAYER_MESSAGE_CHARS,
} from "@/lib/services/conversation/accept-player-message";
import { stripControlCharacters } from "@/lib/text/clean";

export const WEB_MESSAGE_MAX_CHARS = MAX_PLAYER_MESSAGE_CHARS;

export const webMessageSchema = z.object({
  content: z
    .string({ error: "Send the message as `content`." })
    .transform(stripControlCharacters)
    .pipe(
      z
        .string()
        .trim()
        .min(1, "Write something first.")
        .max(WEB_MESSAGE_MAX_CHARS, `Keep it under ${WEB_MESSAGE_MAX_CHARS} characters.`),
    ),
});

export type SentWebMessage = { messageId: number; conversationId: string; at: string };

export async function sendWebMessage(
  db: DbOrTx,
  params: { player: { id: string; status: PlayerStatus }; input: unknown; now: Date },
): Promise<SentWebMessage> {
  if (params.player.status === "onboarding") {
    throw new AppError("conflict:onboarding", "Finish onboarding before you message her.");
  }
  const { content } = webMessageSchema.parse(params.input);
  const accepted = await acceptPlayerMessage(
    db,
    { playerId: params.player.id, platform: "web", content, kind: "text" },
    params.now,
  );
  return {
    messageId: accepted.messageId,
    conversationId: accepted.conversationId,
    at: params.now.toISOString(),
  };
}
