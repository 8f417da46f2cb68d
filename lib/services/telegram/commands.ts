// The bot's commands (GAME.md §10): /start (new player, link code, returning player, reset
// offer after the game ended), /help, /status, /portal, /call, /settings, /stop; anything
// else points to /help. Each returns the replies to send; state changes happen in the
// caller's transaction on the locked player row.
import type { DbOrTx } from "@/db";
import { type Chapter, decideCallPickup, moodBand } from "@/lib/engine";
import { CHAPTER_RULES } from "@/lib/engine/rules";
import {
  consumeLinkCode,
  createPortalLoginLink,
  linkCodeOwner,
  parseTelegramStartPayload,
} from "@/lib/services/link-codes";
import {
  commandText,
  herLine,
  isButtonUrl,
  linkButton,
  onboardingText,
  resetKeyboard,
} from "@/lib/telegram/copy";
import { localClock, resolvePlace } from "@/lib/telegram/places";
import { promptFor } from "./onboarding-chat";
import { type BotReply, type HandleContext, message } from "./outcome";
import {
  createTelegramPlayer,
  deleteUnstartedPlayer,
  lockPlayerById,
  stepOf,
  type TelegramPlayer,
  updatePlayer,
} from "./telegram-players";

export type Sender = { userId: number; chatId: number; username: string | null };
type Result = { replies: BotReply[] };

const isPlaying = (p: TelegramPlayer) => p.status !== "onboarding";
const isOver = (p: TelegramPlayer) => p.status === "game_over" || p.status === "won";
const chapterOf = (p: TelegramPlayer) => p.chapter as Chapter;
/** Never rolls the pickup dice here: only whether a call could be answered at all. */
const CERTAIN_PICKUP = () => 0;

export async function startCommand(
  tx: DbOrTx,
  params: { player: TelegramPlayer | null; sender: Sender; args: string },
  ctx: HandleContext,
): Promise<Result> {
  const { sender } = params;
  const say = (text: string) =>
    message(sender.chatId, herLine(text, ctx.rng, params.player ? chapterOf(params.player) : 1));
  const code = parseTelegramStartPayload(params.args);
  if (params.args.trim() && (code || params.args.trim().startsWith("link_"))) {
    return linkAccount(tx, { player: params.player, sender, code }, ctx);
  }
  let player = params.player;
  if (!player) {
    player = await createTelegramPlayer(tx, { ...sender, telegramId: sender.userId, now: ctx.now });
    return { replies: [promptFor("name", player, ctx, sender.chatId)] };
  }
  if (!isPlaying(player)) return { replies: [promptFor(stepOf(player), player, ctx, sender.chatId)] };
  if (isOver(player)) {
    return {
      replies: [
        message(sender.chatId, herLine(commandText.resetAsk, ctx.rng, chapterOf(player)), resetKeyboard),
      ],
    };
  }
  const replies = [say(commandText.welcomeBack(player.name))];
  if (!player.notificationsEnabled || player.isUnreachable || player.telegramChatId !== sender.chatId) {
    await updatePlayer(
      tx,
      player.id,
      { notificationsEnabled: true, isUnreachable: false, telegramChatId: sender.chatId },
      ctx.now,
    );
    if (!player.notificationsEnabled) replies.push(say(commandText.resumed));
  }
  return { replies };
}

/** `/start link_<code>` from the portal: this chat becomes the portal player's chat. */
async function linkAccount(
  tx: DbOrTx,
  params: { player: TelegramPlayer | null; sender: Sender; code: string | null },
  ctx: HandleContext,
): Promise<Result> {
  const { player, sender } = params;
  const say = (text: string) => message(sender.chatId, herLine(text, ctx.rng));
  if (player && isPlaying(player)) {
    // A fresh (or old) code of the player this chat already plays as: nothing to link. The
    // code is used up so it cannot bind anything later; another player's code stays untouched.
    const { code } = params;
    const owner = code ? await linkCodeOwner(tx, { code, purpose: "telegram_link" }) : null;
    if (!code || owner !== player.id) return { replies: [say(commandText.linkTaken)] };
    await consumeLinkCode(tx, { code, purpose: "telegram_link", now: ctx.now });
    return { replies: [say(commandText.linkSame)] };
  }
  const consumed = params.code
    ? await consumeLinkCode(tx, { code: params.code, purpose: "telegram_link", now: ctx.now })
    : ({ status: "unknown" } as const);
  if (consumed.status === "used") return { replies: [say(commandText.linkUsed)] };
  if (consumed.status === "expired") return { replies: [say(commandText.linkExpired)] };
  const targetId = consumed.status === "ok" ? consumed.link.playerId : null;
  if (!targetId) return { replies: [say(commandText.linkUnknown)] };
  if (player?.id === targetId) return { replies: [say(commandText.linkSame)] };
  // A chat that only started onboarding gives way to the portal account.
  if (player) await deleteUnstartedPlayer(tx, player.id);
  await updatePlayer(
    tx,
    targetId,
    {
      telegramId: sender.userId,
      telegramChatId: sender.chatId,
      telegramUsername: sender.username,
      isUnreachable: false,
    },
    ctx.now,
  );
  const target = await lockPlayerById(tx, targetId);
  if (!target) return { replies: [say(commandText.linkUnknown)] };
  const replies = [say(commandText.linkOk)];
  if (!isPlaying(target)) replies.push(promptFor(stepOf(target), target, ctx, sender.chatId));
  return { replies };
}

export function helpCommand(chatId: number): Result {
  return { replies: [message(chatId, commandText.help)] };
}

export function statusCommand(player: TelegramPlayer, chatId: number, ctx: HandleContext): Result {
  const chapter = chapterOf(player);
  const say = (text: string) => message(chatId, herLine(text, ctx.rng, chapter));
  if (player.status === "game_over") return { replies: [say(commandText.statusOver)] };
  if (player.status === "won") return { replies: [say(commandText.statusWon)] };
  // The chapter line is the bot's (her guard rightly refuses to talk mechanics); the mood is hers.
  const mood = herLine(commandText.statusMood(moodBand(player.score), ctx.rng), ctx.rng, chapter);
  return {
    replies: [message(chatId, `${commandText.statusChapter(chapter, CHAPTER_RULES[chapter].name)}\n${mood}`)],
  };
}

export async function portalCommand(
  tx: DbOrTx,
  player: TelegramPlayer,
  chatId: number,
  ctx: HandleContext,
): Promise<Result> {
  const { url } = await createPortalLoginLink(tx, { playerId: player.id, now: ctx.now });
  const line = herLine(commandText.portal, ctx.rng, chapterOf(player));
  // The link rides on a button, like a /start link; where Telegram refuses the URL on a button
  // (a local host without a dot) it goes in the text instead.
  if (isButtonUrl(url))
    return { replies: [message(chatId, line, linkButton(commandText.portalButton, url))] };
  return { replies: [message(chatId, `${line}\n${url}`)] };
}

export async function callCommand(
  tx: DbOrTx,
  player: TelegramPlayer,
  chatId: number,
  ctx: HandleContext,
): Promise<Result> {
  const chapter = chapterOf(player);
  const say = (text: string) => message(chatId, herLine(text, ctx.rng, chapter));
  if (!ctx.voiceEnabled) return { replies: [say(commandText.callOff)] };
  const decision = decideCallPickup(
    { status: player.status, chapter },
    player.lastCallAt,
    ctx.now,
    CERTAIN_PICKUP,
  );
  if (decision === "unavailable") return { replies: [say(commandText.callOver)] };
  if (decision === "too_soon") return { replies: [say(commandText.callTooSoon)] };
  // The "Call Nikita" button lives on the dashboard: the sign-in link lands there.
  const { url } = await createPortalLoginLink(tx, {
    playerId: player.id,
    now: ctx.now,
    redirectTo: "/dashboard",
  });
  const lead = player.status === "boss_fight" ? commandText.callBoss : commandText.callMaybe;
  return { replies: [say(`${lead}\n${url}`)] };
}

export async function settingsCommand(
  tx: DbOrTx,
  params: { player: TelegramPlayer; chatId: number; args: string },
  ctx: HandleContext,
): Promise<Result> {
  const { player, chatId } = params;
  const match = /^(?:timezone|time zone|tz|city)\s+(.+)$/i.exec(params.args.trim());
  if (match?.[1]) {
    const place = resolvePlace(match[1]);
    if (!place) return { replies: [message(chatId, herLine(onboardingText.placeUnknown, ctx.rng))] };
    await updatePlayer(tx, player.id, { timezone: place.timezone }, ctx.now);
    return {
      replies: [
        message(
          chatId,
          commandText.timezoneSet(place.label, place.timezone, localClock(ctx.now, place.timezone)),
        ),
      ],
    };
  }
  return settingsPanel(player, chatId);
}

const settingsOf = (p: TelegramPlayer) => ({
  timezone: p.timezone,
  notifications: p.notificationsEnabled,
  hardMode: p.hardMode,
});

export function settingsPanel(player: TelegramPlayer, chatId: number): Result {
  const s = settingsOf(player);
  return { replies: [message(chatId, commandText.settings(s), commandText.settingsKeyboard(s))] };
}

export async function stopCommand(
  tx: DbOrTx,
  player: TelegramPlayer,
  chatId: number,
  ctx: HandleContext,
): Promise<Result> {
  await updatePlayer(tx, player.id, { notificationsEnabled: false }, ctx.now);
  return { replies: [message(chatId, herLine(commandText.stop, ctx.rng, chapterOf(player)))] };
}

export function unknownCommand(name: string, chatId: number, ctx: HandleContext): Result {
  return { replies: [message(chatId, herLine(commandText.unknown(name.slice(0, 32)), ctx.rng))] };
}
