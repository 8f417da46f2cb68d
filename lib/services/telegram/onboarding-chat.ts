// Onboarding as a chat: name → 18+ (buttons) → city or time zone → darkness 1–5 (buttons) →
// finishOnboarding, which starts the game and queues her first message. The draft answers live
// on the player row (name, age_confirmed_at, timezone) and the step in onboarding_step, so a
// half-finished onboarding survives restarts. Under 18 or "no": a polite refusal, the name is
// erased and the chat is locked at "refused" — nothing else is kept.
import type { DbOrTx } from "@/db";
import { finishOnboarding, onboardingAnswersSchema } from "@/lib/services/onboarding";
import { adultKeyboard, CALLBACK, darknessKeyboard, herLine, onboardingText } from "@/lib/telegram/copy";
import { localClock, resolvePlace } from "@/lib/telegram/places";
import { type BotReply, type HandleContext, message } from "./outcome";
import { type OnboardingStep, stepOf, type TelegramPlayer, updatePlayer } from "./telegram-players";

export type OnboardingAnswer =
  | { type: "text"; text: string }
  | { type: "adult"; isAdult: boolean }
  | { type: "darkness"; level: number };

type StepResult = { replies: BotReply[]; deliverPlayerId?: string };

const YES = /^(y|yes|yeah|yep|ja|sure|of course|i am|i'm 18\+?|18\+?)\b/i;
const NO = /^(n|no|nope|nah|nein|not yet|i'm not)\b/i;

/** The question for a step, with its keyboard. */
export function promptFor(step: OnboardingStep, player: TelegramPlayer, ctx: HandleContext, chatId: number) {
  const say = (text: string) => herLine(text, ctx.rng);
  switch (step) {
    case "name":
      return message(chatId, say(onboardingText.askName));
    case "adult":
      return message(chatId, say(onboardingText.askAdult(player.name ?? "you")), adultKeyboard);
    case "place":
      return message(chatId, say(onboardingText.askPlace));
    case "darkness":
      return message(chatId, say(onboardingText.askDarkness), darknessKeyboard);
    case "refused":
      return message(chatId, say(onboardingText.refusal));
  }
}

/** Reads a typed answer where a button was expected ("yes", "3"). */
export function typedAnswer(step: OnboardingStep, text: string): OnboardingAnswer {
  const trimmed = text.trim();
  if (step === "adult" && YES.test(trimmed)) return { type: "adult", isAdult: true };
  if (step === "adult" && NO.test(trimmed)) return { type: "adult", isAdult: false };
  if (step === "darkness" && /^\d$/.test(trimmed)) return { type: "darkness", level: Number(trimmed) };
  return { type: "text", text: trimmed };
}

/** An inline-button press during onboarding, or null when it is not an onboarding button. */
export function buttonAnswer(data: string): OnboardingAnswer | null {
  if (data === CALLBACK.adultYes) return { type: "adult", isAdult: true };
  if (data === CALLBACK.adultNo) return { type: "adult", isAdult: false };
  if (data.startsWith(CALLBACK.darknessPrefix)) {
    const level = Number(data.slice(CALLBACK.darknessPrefix.length));
    return Number.isInteger(level) ? { type: "darkness", level } : null;
  }
  return null;
}

export async function advanceOnboarding(
  tx: DbOrTx,
  params: { player: TelegramPlayer; chatId: number; answer: OnboardingAnswer },
  ctx: HandleContext,
): Promise<StepResult> {
  const { player, chatId, answer } = params;
  const step = stepOf(player);
  const say = (text: string, keyboard?: Parameters<typeof message>[2]) =>
    message(chatId, herLine(text, ctx.rng), keyboard);

  switch (step) {
    case "refused":
      return { replies: [say(onboardingText.refusal)] };

    case "name": {
      const name = onboardingAnswersSchema.shape.name.safeParse(answer.type === "text" ? answer.text : "");
      if (!name.success) return { replies: [say(onboardingText.nameAgain)] };
      await updatePlayer(tx, player.id, { name: name.data, onboardingStep: "adult" }, ctx.now);
      return { replies: [say(onboardingText.askAdult(name.data), adultKeyboard)] };
    }

    case "adult": {
      if (answer.type !== "adult") return { replies: [say(onboardingText.adultAgain, adultKeyboard)] };
      if (!answer.isAdult) {
        await updatePlayer(
          tx,
          player.id,
          { name: null, telegramUsername: null, onboardingStep: "refused", ageLock: "locked" },
          ctx.now,
        );
        return { replies: [say(onboardingText.refusal)] };
      }
      await updatePlayer(tx, player.id, { ageConfirmedAt: ctx.now, onboardingStep: "place" }, ctx.now);
      return { replies: [say(onboardingText.askPlace)] };
    }

    case "place": {
      const place = answer.type === "text" ? resolvePlace(answer.text) : null;
      if (!place) return { replies: [say(onboardingText.placeUnknown)] };
      await updatePlayer(tx, player.id, { timezone: place.timezone, onboardingStep: "darkness" }, ctx.now);
      const understood = onboardingText.placeUnderstood(
        place.label,
        place.timezone,
        localClock(ctx.now, place.timezone),
      );
      return { replies: [say(understood), say(onboardingText.askDarkness, darknessKeyboard)] };
    }

    case "darkness": {
      const level = answer.type === "darkness" ? answer.level : Number.NaN;
      const darkness = onboardingAnswersSchema.shape.darkness.safeParse(level);
      if (!darkness.success) return { replies: [say(onboardingText.darknessAgain, darknessKeyboard)] };
      if (!player.ageConfirmedAt || !player.name) {
        await updatePlayer(tx, player.id, { onboardingStep: "name" }, ctx.now);
        return { replies: [say(onboardingText.askName)] };
      }
      const outcome = await finishOnboarding(tx, {
        playerId: player.id,
        answers: {
          name: player.name,
          isAdultConfirmed: true,
          timezone: player.timezone,
          darkness: darkness.data,
        },
        platform: "telegram",
        now: ctx.now,
        seed: ctx.seed,
      });
      if (outcome.status === "started") return { replies: [], deliverPlayerId: player.id };
      return { replies: [say(onboardingText.alreadyMet)] };
    }
  }
}
