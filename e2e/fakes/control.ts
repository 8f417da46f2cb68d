/**
 * Client for the fakes' HTTP control plane, for tests where a fake runs in another process
 * (cli.ts as a Playwright webServer). No real API is imitated: `/__fake/*` exists only on fakes.
 *
 *   const tg = fakeControl(process.env.TELEGRAM_API_ROOT!);
 *   await tg.call("pushUpdate", updates.text("hi"));
 *   await tg.call("failNext", "sendMessage", { kind: "429", retryAfter: 3 });
 *   const calls = await tg.calls();
 *
 * Any method of the in-process fake whose arguments and result are JSON can be called this way
 * (enqueue, failNext, enforceLimits, pushUpdate, deliverWebhook, lastOtp, createUser,
 * issueSession, reset, …); respondWith/on take functions and are in-process only.
 */
import type { RecordedCall } from "./http";

export interface FakeControl {
  call<T = unknown>(method: string, ...args: unknown[]): Promise<T>;
  calls<C extends RecordedCall = RecordedCall>(): Promise<C[]>;
  health(): Promise<boolean>;
}

export function fakeControl(baseUrl: string): FakeControl {
  const root = baseUrl.replace(/\/+$/, "");
  return {
    async call<T>(method: string, ...args: unknown[]): Promise<T> {
      const res = await fetch(`${root}/__fake/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(args),
      });
      const body = (await res.json()) as { result?: T; error?: string };
      if (!res.ok) throw new Error(`fake control ${method}: ${body.error ?? res.status}`);
      return body.result as T;
    },
    async calls<C extends RecordedCall>(): Promise<C[]> {
      const res = await fetch(`${root}/__fake/calls`);
      return (await res.json()) as C[];
    },
    async health() {
      try {
        return (await fetch(`${root}/__fake/health`)).ok;
      } catch {
        return false;
      }
    },
  };
}
