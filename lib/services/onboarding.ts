// Finishing onboarding, for every channel (Telegram's chat flow, the portal's form): the
// player's answers are stored, the game starts through the engine (vices seeded from the
// darkness level), and her first message is queued on the player's channel — all in one
// transaction on the locked player row, so a double submit starts the game once.

import { eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { openConversation, touchConversation } from "@/db/queries/conversations";
import { loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { players } from "@/db/schema";
import { firstMessage } from "@/lib/agents/offline";
import { completeOnboarding, createRng } from "@/lib/engine";
import { VICE_RULES } from "@/lib/engine/rules";
import { isValidTimeZone } from "@/lib/engine/time";
import type { Platform } from "@/lib/engine/vocabulary";
import { guardOutput, pickFallback } from "@/lib/safety";
import { channelFor, planBubbles, sendPlanned } from "./conversation/outbound";

const NAME_MAX_CHARS = 40;

export const onboardingAnswersSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Tell her what to call you.")
    .max(NAME_MAX_CHARS, `Keep the name under ${NAME_MAX_CHARS} characters.`),
  isAdultConfirmed: z.literal(true, { error: "Nikita only talks to adults (18+)." }),
  timezone: z.string().refine(isValidTimeZone, "Pick a valid time zone, e.g. Europe/Berlin."),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "Use a two-letter country code.")
    .transform((c) => c.toUpperCase())
    .optional(),
  darkness: z.coerce
    .number()
    .int()
    .min(VICE_RULES.darknessMin, `Darkness goes from ${VICE_RULES.darknessMin} to ${VICE_RULES.darknessMax}.`)
    .max(
      VICE_RULES.darknessMax,
      `Darkness goes from ${VICE_RULES.darknessMin} to ${VICE_RULES.darknessMax}.`,
    ),
});
export type OnboardingAnswers = z.input<typeof onboardingAnswersSchema>;

export type OnboardingOutcome =
  | { status: "started"; conversationId: string; firstMessage: string }
  | { status: "already_started" }
  | { status: "unknown_player" };

/** Call inside a transaction. `platform` picks where her first message goes. */
export async function finishOnboarding(
  tx: DbOrTx,
  params: { playerId: string; answers: OnboardingAnswers; platform: Platform; now: Date; seed: number },
): Promise<OnboardingOutcome> {
  const answers = onboardingAnswersSchema.parse(params.answers);
  const loaded = await loadEngineState(tx, { playerId: params.playerId, forUpdate: true });
  if (!loaded) return { status: "unknown_player" };
  const result = completeOnboarding(loaded.state, answers, params.now);
  if (!result.ok) return { status: "already_started" };

  await saveEngineState(tx, { playerId: params.playerId, state: result.state, now: params.now });
  await tx
    .update(players)
    .set({
      name: answers.name,
      timezone: answers.timezone,
      country: answers.country ?? null,
      darkness: answers.darkness,
      ageConfirmedAt: params.now,
      onboardingStep: null,
      updatedAt: params.now,
    })
    .where(eq(players.id, params.playerId));

  const rng = createRng(params.seed);
  const drafted = firstMessage(answers.name, rng);
  const text = guardOutput(drafted, { chapter: result.state.game.chapter }).ok ? drafted : pickFallback(rng);
  const conversationId = await openConversation(tx, {
    playerId: params.playerId,
    platform: channelFor(params.platform),
    now: params.now,
  });
  const planned = planBubbles(text, { start: params.now, delaySeconds: 0, rng });
  const added = await sendPlanned(tx, {
    playerId: params.playerId,
    conversationId,
    platform: params.platform,
    source: "system",
    planned,
    dedupeKey: `welcome:${params.playerId}:${params.now.getTime()}`,
  });
  await touchConversation(tx, { conversationId, now: params.now, added });
  return { status: "started", conversationId, firstMessage: text };
}
