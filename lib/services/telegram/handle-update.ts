// One Telegram update, exactly once: its update_id is claimed in telegram_updates
// (INSERT … ON CONFLICT DO NOTHING) in the same transaction that stores what it changes — the
// player message and pending turn, an onboarding answer, a setting — so a repeat is dropped and
// a failure leaves no trace (Telegram retries after our 5xx). The sender's player row is locked
// for the whole transaction, so one chat's updates apply one at a time. Nothing here calls the
// Bot API or the model: the replies and follow-ups are returned for after the commit.
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db";
import { telegramUpdates } from "@/db/schema";
import type { Chapter } from "@/lib/engine";
import {
  acceptPlayerMessage,
  MAX_STORED_MESSAGE_CHARS,
} from "@/lib/services/conversation/accept-player-message";
import { CALLBACK, commandText, herLine, onboardingText, reactToMedia } from "@/lib/telegram/copy";
import type { Inbound } from "@/lib/telegram/inbound";
import { splitLongText } from "@/lib/text/clean";
import {
  callCommand,
  helpCommand,
  portalCommand,
  type Sender,
  settingsCommand,
  settingsPanel,
  startCommand,
  statusCommand,
  stopCommand,
  unknownCommand,
} from "./commands";
import { advanceOnboarding, buttonAnswer, promptFor, typedAnswer } from "./onboarding-chat";
import { type BotReply, type HandleContext, message, type UpdateOutcome } from "./outcome";
import { resetFinishedGame } from "./reset-game";
import {
  claimUpdateAndLockSender,
  createTelegramPlayer,
  setReachableByTelegramId,
  stepOf,
  type TelegramPlayer,
  updatePlayer,
} from "./telegram-players";

type Partial_ = Omit<UpdateOutcome, "accepted">;

/** True for the first caller with this update_id, false for every repeat (updates with no sender to lock). */
export async function claimTelegramUpdate(tx: DbOrTx, updateId: number, now: Date): Promise<boolean> {
  const rows = await tx
    .insert(telegramUpdates)
    .values({ updateId, receivedAt: now })
    .onConflictDoNothing()
    .returning({ updateId: telegramUpdates.updateId });
  return rows.length > 0;
}

export async function handleTelegramUpdate(
  db: Db,
  inbound: Inbound,
  ctx: HandleContext,
): Promise<UpdateOutcome> {
  return db.transaction(async (tx) => {
    if (inbound.type === "member") {
      if (!(await claimTelegramUpdate(tx, inbound.updateId, ctx.now)))
        return { accepted: false, replies: [] };
      await setReachableByTelegramId(tx, {
        telegramId: inbound.userId,
        reachable: !inbound.blocked,
        now: ctx.now,
      });
      return { accepted: true, replies: [] };
    }
    const { claimed, player } = await claimUpdateAndLockSender(tx, {
      updateId: inbound.updateId,
      telegramId: inbound.userId,
      now: ctx.now,
    });
    if (!claimed) return { accepted: false, replies: [] };
    const outcome = await dispatch(tx, inbound, player, ctx);
    // A stranger's first update becomes theirs once their player row exists.
    const playerId = outcome.processPlayerId ?? outcome.deliverPlayerId;
    if (playerId && playerId !== player?.id) {
      await tx
        .update(telegramUpdates)
        .set({ playerId })
        .where(eq(telegramUpdates.updateId, inbound.updateId));
    }
    return { accepted: true, ...outcome };
  });
}

async function dispatch(
  tx: DbOrTx,
  inbound: Exclude<Inbound, { type: "member" }>,
  player: TelegramPlayer | null,
  ctx: HandleContext,
): Promise<Partial_> {
  const sender: Sender = { userId: inbound.userId, chatId: inbound.chatId, username: inbound.username };
  switch (inbound.type) {
    case "command":
      return command(tx, { player, sender, name: inbound.name, args: inbound.args }, ctx);
    case "callback":
      return callback(tx, { player, sender, inbound }, ctx);
    case "text":
      return text(tx, { player, sender, text: inbound.text, messageId: inbound.messageId }, ctx);
    case "media":
      return media(tx, { player, sender, inbound }, ctx);
  }
}

async function command(
  tx: DbOrTx,
  p: { player: TelegramPlayer | null; sender: Sender; name: string; args: string },
  ctx: HandleContext,
): Promise<Partial_> {
  const { player, sender } = p;
  if (p.name === "start") return startCommand(tx, { player, sender, args: p.args }, ctx);
  if (p.name === "help") return helpCommand(sender.chatId);
  const known = ["status", "portal", "call", "settings", "stop"];
  if (!known.includes(p.name)) return unknownCommand(p.name, sender.chatId, ctx);
  if (!player || stepOf(player) === "refused") {
    return {
      replies: [
        message(sender.chatId, herLine(player ? onboardingText.refusal : onboardingText.notYet, ctx.rng)),
      ],
    };
  }
  const playing = player.status !== "onboarding";
  switch (p.name) {
    case "portal":
      return portalCommand(tx, player, sender.chatId, ctx);
    case "settings":
      return settingsCommand(tx, { player, chatId: sender.chatId, args: p.args }, ctx);
    case "stop":
      return stopCommand(tx, player, sender.chatId, ctx);
  }
  if (!playing) {
    return {
      replies: [
        message(sender.chatId, herLine(onboardingText.notYet, ctx.rng)),
        promptFor(stepOf(player), player, ctx, sender.chatId),
      ],
    };
  }
  return p.name === "status"
    ? statusCommand(player, sender.chatId, ctx)
    : callCommand(tx, player, sender.chatId, ctx);
}

async function callback(
  tx: DbOrTx,
  p: { player: TelegramPlayer | null; sender: Sender; inbound: Extract<Inbound, { type: "callback" }> },
  ctx: HandleContext,
): Promise<Partial_> {
  const { player, sender, inbound } = p;
  const answer: BotReply = { kind: "answer_callback", callbackId: inbound.callbackId };
  const done = (result: Partial_): Partial_ => {
    const clear: BotReply[] =
      inbound.messageId !== null
        ? [{ kind: "clear_keyboard", chatId: sender.chatId, messageId: inbound.messageId }]
        : [];
    return { ...result, replies: [answer, ...clear, ...result.replies] };
  };
  const stale = (): Partial_ => ({ replies: [{ ...answer, text: commandText.buttonStale }] });
  if (!player) return stale();

  const onboarding = buttonAnswer(inbound.data);
  if (onboarding) {
    const step = stepOf(player);
    const expected = onboarding.type === "adult" ? "adult" : "darkness";
    if (player.status !== "onboarding" || step !== expected) return stale();
    return done(await advanceOnboarding(tx, { player, chatId: sender.chatId, answer: onboarding }, ctx));
  }
  const say = (text: string) => message(sender.chatId, herLine(text, ctx.rng));
  switch (inbound.data) {
    case CALLBACK.resetYes: {
      const reset = await resetFinishedGame(tx, { playerId: player.id, now: ctx.now });
      return reset === "reset" ? done({ replies: [say(commandText.resetDone)] }) : stale();
    }
    case CALLBACK.resetNo:
      return done({ replies: [say(commandText.resetDeclined)] });
    case CALLBACK.toggleNotifications:
    case CALLBACK.toggleHardMode: {
      const next =
        inbound.data === CALLBACK.toggleHardMode
          ? { ...player, hardMode: !player.hardMode }
          : { ...player, notificationsEnabled: !player.notificationsEnabled };
      await updatePlayer(
        tx,
        player.id,
        { hardMode: next.hardMode, notificationsEnabled: next.notificationsEnabled },
        ctx.now,
      );
      const panel = settingsPanel(next, sender.chatId);
      return { replies: [{ ...answer, text: commandText.settingsSaved }, ...panel.replies] };
    }
    default:
      return stale();
  }
}

async function text(
  tx: DbOrTx,
  p: { player: TelegramPlayer | null; sender: Sender; text: string; messageId: number },
  ctx: HandleContext,
): Promise<Partial_> {
  const { sender } = p;
  if (!p.player) {
    const player = await createTelegramPlayer(tx, { ...sender, telegramId: sender.userId, now: ctx.now });
    return { replies: [promptFor("name", player, ctx, sender.chatId)] };
  }
  const player = p.player;
  if (player.status === "onboarding") {
    const answer = typedAnswer(stepOf(player), p.text);
    return advanceOnboarding(tx, { player, chatId: sender.chatId, answer }, ctx);
  }
  if (!p.text.trim()) return { replies: [] };
  return acceptFromChat(tx, { player, sender, content: p.text, kind: "text", messageId: p.messageId }, ctx);
}

async function media(
  tx: DbOrTx,
  p: { player: TelegramPlayer | null; sender: Sender; inbound: Extract<Inbound, { type: "media" }> },
  ctx: HandleContext,
): Promise<Partial_> {
  const { sender, inbound } = p;
  const chapter = (p.player?.chapter ?? 1) as Chapter;
  const reaction = message(
    sender.chatId,
    herLine(reactToMedia(inbound.kind, ctx.rng, p.player?.name ?? null), ctx.rng, chapter),
  );
  if (!p.player) {
    const player = await createTelegramPlayer(tx, { ...sender, telegramId: sender.userId, now: ctx.now });
    return { replies: [reaction, promptFor("name", player, ctx, sender.chatId)] };
  }
  const player = p.player;
  if (player.status === "onboarding") {
    return { replies: [reaction, promptFor(stepOf(player), player, ctx, sender.chatId)] };
  }
  // With a caption there is something to answer: it goes to her like text, marked as a photo etc.
  if (inbound.caption) {
    const content = `[${inbound.kind}] ${inbound.caption}`;
    return acceptFromChat(
      tx,
      { player, sender, content, kind: inbound.kind, messageId: inbound.messageId },
      ctx,
    );
  }
  return { replies: [reaction] };
}

async function acceptFromChat(
  tx: DbOrTx,
  p: {
    player: TelegramPlayer;
    sender: Sender;
    content: string;
    kind: "text" | Extract<Inbound, { type: "media" }>["kind"];
    messageId: number;
  },
  ctx: HandleContext,
): Promise<Partial_> {
  if (p.player.telegramChatId !== p.sender.chatId) {
    await updatePlayer(tx, p.player.id, { telegramChatId: p.sender.chatId }, ctx.now);
  }
  // Telegram sends at most 4096 characters, but an update is not bound by that: a longer text
  // is stored whole, in parts in order when it exceeds one stored message.
  for (const content of splitLongText(p.content, MAX_STORED_MESSAGE_CHARS)) {
    if (!content.trim()) continue;
    await acceptPlayerMessage(
      tx,
      {
        playerId: p.player.id,
        platform: "telegram",
        content,
        kind: p.kind === "location" ? "other" : p.kind,
        telegramMessageId: p.messageId,
      },
      ctx.now,
    );
  }
  return { replies: [], processPlayerId: p.player.id };
}
