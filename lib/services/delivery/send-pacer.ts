// Telegram's flood limits, kept by the sender instead of discovered through 429s: about 30
// messages per second per bot (a token bucket shared by the whole process) and one message per
// second per chat (a next-free slot per chat, counted from the end of the previous send). A 429
// pauses that chat for the `retry_after` Telegram asked for. Per process: several Vercel
// instances each keep their own pace, which the bucket's headroom and the 429 handling absorb.
import { TIME } from "@/lib/engine/rules";

export interface PacerLimits {
  /** Messages per second for the whole bot (Telegram: ~30). */
  botPerSecond: number;
  /** Minimum milliseconds between two messages to the same chat (Telegram: ~1 per second). */
  chatIntervalMs: number;
}

export const TELEGRAM_LIMITS: PacerLimits = { botPerSecond: 30, chatIntervalMs: TIME.msPerSecond };

/** Forget a chat's slot once it is this far in the past (keeps the map small). */
const CHAT_SLOT_TTL_MS = TIME.msPerMinute;
const PRUNE_EVERY_ACQUIRES = 1000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SendPacer {
  private tokens: number;
  private refilledAt = performance.now();
  private botQueue: Promise<void> = Promise.resolve();
  private readonly nextChatSlot = new Map<number, number>();
  private acquires = 0;

  constructor(readonly limits: PacerLimits = TELEGRAM_LIMITS) {
    this.tokens = limits.botPerSecond;
  }

  /** Waits until a message to `chatId` may go out, then takes its chat slot and a bot token. */
  async acquire(chatId: number): Promise<void> {
    const now = performance.now();
    const slot = Math.max(now, this.nextChatSlot.get(chatId) ?? 0);
    this.nextChatSlot.set(chatId, slot + this.limits.chatIntervalMs);
    if (++this.acquires % PRUNE_EVERY_ACQUIRES === 0) this.prune(now);
    if (slot > now) await sleep(slot - now);
    await this.takeBotToken();
  }

  /**
   * The send to `chatId` has finished: the chat's next slot counts from now, so the gap Telegram
   * sees between two messages is never shorter than the interval, whatever the latency.
   */
  sent(chatId: number): void {
    const next = performance.now() + this.limits.chatIntervalMs;
    this.nextChatSlot.set(chatId, Math.max(next, this.nextChatSlot.get(chatId) ?? 0));
  }

  /** Telegram asked this chat to wait: no message to it before `ms` from now. */
  pauseChat(chatId: number, ms: number): void {
    const until = performance.now() + ms;
    this.nextChatSlot.set(chatId, Math.max(until, this.nextChatSlot.get(chatId) ?? 0));
  }

  private takeBotToken(): Promise<void> {
    // Serialised so concurrent senders queue fairly for tokens.
    const turn = this.botQueue.then(async () => {
      for (;;) {
        const now = performance.now();
        const perMs = this.limits.botPerSecond / TIME.msPerSecond;
        this.tokens = Math.min(this.limits.botPerSecond, this.tokens + (now - this.refilledAt) * perMs);
        this.refilledAt = now;
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return;
        }
        await sleep(Math.ceil((1 - this.tokens) / perMs));
      }
    });
    this.botQueue = turn;
    return turn;
  }

  private prune(now: number): void {
    for (const [chat, slot] of this.nextChatSlot)
      if (slot < now - CHAT_SLOT_TTL_MS) this.nextChatSlot.delete(chat);
  }
}

let shared: SendPacer | undefined;

/** The process-wide pacer for the production bot. */
export function getSendPacer(): SendPacer {
  shared ??= new SendPacer();
  return shared;
}
