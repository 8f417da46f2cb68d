/**
 * Fault injection and flood control for the fake Telegram Bot API (see telegram.ts).
 *
 * Error bodies follow fixtures/telegram/response-429.json (`Too Many Requests: retry after N`,
 * `parameters.retry_after`) and response-403-blocked.json (`Forbidden: bot was blocked by the
 * user`, no `parameters`); README "Headers and signatures → Telegram": HTTP status = error_code.
 * Limits mirror Telegram's FAQ: ~1 message/s per chat, ~30 messages/s per bot, 20/min per group.
 */

export interface TelegramErrorBody {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export class TelegramApiError extends Error {
  constructor(readonly body: TelegramErrorBody) {
    super(body.description);
  }
}

export const tgError = (
  error_code: number,
  description: string,
  parameters?: TelegramErrorBody["parameters"],
) => new TelegramApiError({ ok: false, error_code, description, ...(parameters ? { parameters } : {}) });

export const floodError = (retryAfter: number) =>
  tgError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });

export const blockedError = () => tgError(403, "Forbidden: bot was blocked by the user");

/** What failNext() can inject. */
export type TelegramFailure =
  | { kind: "429"; retryAfter?: number }
  | { kind: "403"; description?: string }
  | { kind: "500" }
  /** Hold the response `ms`, then answer normally if the client is still there. */
  | { kind: "timeout"; ms: number }
  /** Destroy the socket without answering (grammY throws HttpError). */
  | { kind: "network" }
  | { kind: "error"; code: number; description: string; parameters?: TelegramErrorBody["parameters"] };

export interface FailOptions {
  /** How many matching calls fail (default 1). */
  count?: number;
  /** Only calls whose chat_id equals this fail. */
  chatId?: number | string;
}

interface Armed {
  method: string;
  failure: TelegramFailure;
  remaining: number;
  chatId?: string;
}

/** FIFO of armed failures; "*" matches any method. */
export class FailureQueue {
  private armed: Armed[] = [];

  add(method: string, failure: TelegramFailure, opts: FailOptions = {}): void {
    this.armed.push({
      method: method.toLowerCase(),
      failure,
      remaining: opts.count ?? 1,
      chatId: opts.chatId === undefined ? undefined : String(opts.chatId),
    });
  }

  /** Consumes and returns the first failure armed for this call, if any. */
  take(method: string, chatId: unknown): TelegramFailure | undefined {
    const m = method.toLowerCase();
    const index = this.armed.findIndex(
      (a) => (a.method === "*" || a.method === m) && (a.chatId === undefined || a.chatId === String(chatId)),
    );
    if (index === -1) return undefined;
    const a = this.armed[index]!;
    if (--a.remaining <= 0) this.armed.splice(index, 1);
    return a.failure;
  }

  clear(): void {
    this.armed = [];
  }
}

export interface TelegramLimits {
  /** Messages per chat per second (Telegram: about 1). */
  perChatPerSecond?: number;
  /** Messages per bot per second across all chats (Telegram: about 30). */
  perBotPerSecond?: number;
  /** Messages per group chat (negative chat_id) per minute (Telegram: 20). */
  perGroupPerMinute?: number;
}

/** Methods that count as "sending a message" for flood control. */
export const isRateLimited = (method: string) =>
  /^(send|copy|forward|edit)/i.test(method) && !/^sendChatAction$/i.test(method);

/** Sliding-window limiter; throws a 429 TelegramApiError when a send would exceed a limit. */
export class FloodControl {
  private limits: TelegramLimits | null = null;
  private bot: number[] = [];
  private perChat = new Map<string, number[]>();

  configure(limits: TelegramLimits | null): void {
    this.limits = limits;
    this.clear();
  }

  clear(): void {
    this.bot = [];
    this.perChat.clear();
  }

  check(chatId: unknown, now: number): void {
    const limits = this.limits;
    if (!limits) return;
    const key = String(chatId ?? "");
    const chatLog = this.perChat.get(key) ?? [];
    const isGroup = key.startsWith("-");
    const windows: [number[], number | undefined, number][] = [
      [this.bot, limits.perBotPerSecond, 1000],
      [chatLog, limits.perChatPerSecond, 1000],
    ];
    if (isGroup) windows.push([chatLog, limits.perGroupPerMinute, 60_000]);
    for (const [log, limit, span] of windows) {
      if (limit === undefined) continue;
      const recent = log.filter((t) => t > now - span);
      if (recent.length >= limit) {
        const oldest = recent[recent.length - limit]!;
        throw floodError(Math.max(1, Math.ceil((oldest + span - now) / 1000)));
      }
    }
    const keep = Math.max(limits.perGroupPerMinute ? 60_000 : 1000, 1000);
    this.bot = [...this.bot.filter((t) => t > now - 1000), now];
    this.perChat.set(key, [...chatLog.filter((t) => t > now - keep), now]);
  }
}
