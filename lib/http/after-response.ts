// Work that must happen after the response, awaited: inside a Next request it is handed to
// `after()`, which the platform waits for (Vercel's waitUntil) up to the route's maxDuration;
// the callback re-enters the request's context (its request id, its deadline), and whatever
// it starts must be awaited inside it — a promise left dangling dies with a frozen instance.
// Outside a Next request scope (tests, scripts) it goes to the context's `waitUntil` sink when
// one is given, else it runs at once in the background.
import { after } from "next/server";
import { createLogger } from "@/lib/observability/logger";
import { currentRequestContext, runWithRequestContext } from "@/lib/observability/request-context";

const log = createLogger("after");

/** Kept free before the function's end for recording results. */
export const AFTER_MARGIN_MS = 5_000;

export function afterResponse(label: string, work: () => Promise<unknown>): void {
  const ctx = currentRequestContext();
  const run = async () => {
    const guarded = async () => {
      try {
        await work();
      } catch (error) {
        log.error("work after the response failed", { label, error });
      }
    };
    await (ctx ? runWithRequestContext(ctx, guarded) : guarded());
  };
  if (ctx?.waitUntil) {
    ctx.waitUntil(run);
    return;
  }
  try {
    after(run);
  } catch {
    // Not inside a request (a script, a test without a sink): nothing would wait anyway.
    void run();
  }
}

/** Milliseconds left before the current function must end (its maxDuration minus a margin). */
export function timeLeftInFunction(fallbackMs: number): number {
  const deadline = currentRequestContext()?.deadline;
  if (deadline === undefined) return fallbackMs;
  return Math.max(0, deadline - Date.now());
}
