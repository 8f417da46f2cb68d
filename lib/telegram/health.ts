// Telegram's line in /api/health: with the bot on, a real getMe round trip (answered from a
// 30 s cache, so frequent health polls do not hammer the Bot API); off, "web chat only".
import { env } from "@/lib/env";
import { getTelegramApi } from "@/lib/integrations/telegram/client";
import { type ComponentHealth, registerHealthProbe } from "@/lib/observability/health";

const CACHE_MS = 30_000;
let cached: { at: number; result: ComponentHealth } | null = null;

async function probe(): Promise<ComponentHealth> {
  const api = getTelegramApi();
  if (!env.telegramEnabled || !api) return { status: "healthy", mode: "off", detail: "web chat only" };
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.result;
  let result: ComponentHealth;
  try {
    const me = await api.getMe();
    result = { status: "healthy", mode: "bot", detail: `@${me.username} (webhook)` };
  } catch {
    result = {
      status: "degraded",
      mode: "bot",
      detail: "Bot API unreachable; updates are retried by Telegram",
    };
  }
  cached = { at: Date.now(), result };
  return result;
}

export function registerTelegramHealth(): void {
  registerHealthProbe("telegram", probe);
}
