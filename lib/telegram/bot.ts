// The grammY bot, the same for the webhook route and `npm run bot:dev` (long polling). botInfo
// is preset from the token and TELEGRAM_BOT_USERNAME, so no getMe call ever happens on a cold
// start. One middleware does everything: read the update (parseInbound), handle it in one
// transaction (handleTelegramUpdate: dedupe, store, decide), then send the replies through the
// Bot API and hand her reply / first message to the caller's scheduler (`after()` in the route).
// A send that fails is logged, not retried: the update is already stored and dropping a
// system answer is better than Telegram redelivering the update. A database failure throws,
// so the webhook answers 5xx and Telegram retries later.
import { randomInt } from "node:crypto";
import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Db } from "@/db";
import { createRng } from "@/lib/engine";
import { TELEGRAM_TIMEOUT_SECONDS } from "@/lib/integrations/telegram/client";
import { classifyTelegramError, sendTelegramText } from "@/lib/integrations/telegram/send";
import { createLogger } from "@/lib/observability/logger";
import { handleTelegramUpdate } from "@/lib/services/telegram/handle-update";
import type { BotReply } from "@/lib/services/telegram/outcome";
import { parseInbound } from "./inbound";

const log = createLogger("telegram.bot");
const MAX_SEED = 2 ** 31;

export interface NikitaBotOptions {
  token: string;
  username: string;
  apiRoot?: string;
  getDb: () => Promise<Db>;
  voiceEnabled: boolean;
  /** Runs her reply for a player whose message was stored (after the response). */
  processSoon: (playerId: string) => void;
  /** Delivers bubbles queued outside the pipeline, e.g. her first message (after the response). */
  deliverSoon: (playerId: string) => void;
  now?: () => Date;
  seed?: () => number;
}

/** The getMe answer, known without asking: the id is the token's prefix. */
export function presetBotInfo(token: string, username: string): UserFromGetMe {
  const id = Number(token.split(":")[0]);
  return {
    id: Number.isSafeInteger(id) ? id : 0,
    is_bot: true,
    first_name: "Nikita",
    username,
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

export function createNikitaBot(options: NikitaBotOptions): Bot {
  const bot = new Bot(options.token, {
    botInfo: presetBotInfo(options.token, options.username),
    client: {
      ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
      timeoutSeconds: TELEGRAM_TIMEOUT_SECONDS,
    },
  });
  const now = options.now ?? (() => new Date());
  const seed = options.seed ?? (() => randomInt(MAX_SEED));

  bot.use(async (ctx) => {
    const inbound = parseInbound(ctx.update, options.username);
    if (!inbound) {
      log.info("update ignored (not something the game handles)", {
        updateId: ctx.update.update_id,
        type: Object.keys(ctx.update).find((k) => k !== "update_id") ?? "none",
      });
      return;
    }
    const s = seed();
    const outcome = await handleTelegramUpdate(await options.getDb(), inbound, {
      now: now(),
      rng: createRng(s),
      seed: s,
      voiceEnabled: options.voiceEnabled,
    });
    if (!outcome.accepted) {
      log.info("duplicate update dropped", { updateId: inbound.updateId });
      return;
    }
    if (outcome.processPlayerId) options.processSoon(outcome.processPlayerId);
    if (outcome.deliverPlayerId) options.deliverSoon(outcome.deliverPlayerId);
    await sendReplies(ctx, outcome.replies);
  });
  return bot;
}

async function sendReplies(ctx: Context, replies: BotReply[]): Promise<void> {
  for (const reply of replies) {
    try {
      if (reply.kind === "message") {
        const sent = await sendTelegramText(ctx.api, {
          chatId: reply.chatId,
          text: reply.text,
          ...(reply.keyboard ? { replyMarkup: reply.keyboard } : {}),
        });
        if (!sent.ok)
          log.warn("bot reply not sent", { chatId: reply.chatId, code: sent.code, kind: sent.kind });
      } else if (reply.kind === "answer_callback") {
        await ctx.api.answerCallbackQuery(reply.callbackId, reply.text ? { text: reply.text } : {});
      } else {
        await ctx.api.editMessageReplyMarkup(reply.chatId, reply.messageId, { reply_markup: undefined });
      }
    } catch (error) {
      const failure = classifyTelegramError(error);
      log.warn("bot call failed", { kind: reply.kind, code: failure.code, description: failure.description });
    }
  }
}
