// The local scheduler: inside `npm run dev` / `npm start` it plays Vercel Cron, so a laptop
// runs the whole game. It calls the same routes with the same bearer (an HTTP GET to
// http://127.0.0.1:$PORT/api/cron/<job>) on the vercel.json schedules, at the top of each
// UTC minute. A job still running when its next minute comes is skipped, never run twice
// at once. Off when SCHEDULER_ENABLED=false, on Vercel (Vercel Cron runs there) and while
// `next build` runs.

import { TIME } from "@/lib/engine/rules";
import { env } from "@/lib/env";
import { createLogger } from "@/lib/observability/logger";
import { cronMatches } from "./cron-expression";
import { type JobSchedule, loadSchedules } from "./schedules";

const log = createLogger("scheduler");
/** Fire slightly after the minute starts so "now" is unambiguously inside it. */
const TICK_OFFSET_MS = 250;
/** A request that hangs longer than any route's maxDuration is abandoned (the job has its own deadline). */
const REQUEST_TIMEOUT_MS = 15 * TIME.msPerMinute;
const BUILD_PHASE = "phase-production-build";

export interface SchedulerOptions {
  baseUrl: string;
  secret: string;
  schedules: JobSchedule[];
  fetch?: typeof fetch;
  now?: () => Date;
}

export interface Scheduler {
  start(): void;
  /** Stops the timer and waits for runs in flight. */
  stop(): Promise<void>;
  /** Starts every job due in the minute of `at` that is not already running; resolves when they finish. */
  tick(at: Date): Promise<void>;
  /** Jobs with a request in flight. */
  running(): string[];
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  const inFlight = new Map<string, Promise<void>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = true;

  async function call(schedule: JobSchedule): Promise<void> {
    const started = performance.now();
    try {
      const res = await doFetch(`${options.baseUrl}${schedule.path}`, {
        method: "GET",
        headers: { authorization: `Bearer ${options.secret}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const ms = Math.round(performance.now() - started);
      await res.body?.cancel();
      if (res.ok) log.debug("job ran", { job: schedule.job, status: res.status, ms });
      else log.warn("job answered with a failure", { job: schedule.job, status: res.status, ms });
    } catch (error) {
      log.warn("job request failed", { job: schedule.job, error });
    }
  }

  function tick(at: Date): Promise<void> {
    const started: Promise<void>[] = [];
    for (const schedule of options.schedules) {
      if (!cronMatches(schedule.expression, at)) continue;
      if (inFlight.has(schedule.job)) {
        log.info("previous run still going; skipping this slot", { job: schedule.job });
        continue;
      }
      const run = call(schedule).finally(() => inFlight.delete(schedule.job));
      inFlight.set(schedule.job, run);
      started.push(run);
    }
    return Promise.all(started).then(() => undefined);
  }

  function scheduleNext() {
    if (stopped) return;
    const current = now().getTime();
    const nextMinute = Math.floor(current / TIME.msPerMinute + 1) * TIME.msPerMinute;
    timer = setTimeout(
      () => {
        void tick(now());
        scheduleNext();
      },
      nextMinute - current + TICK_OFFSET_MS,
    );
    timer.unref?.();
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      scheduleNext();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.all(inFlight.values());
    },
    tick,
    running: () => [...inFlight.keys()],
  };
}

export type SchedulerDecision = { enabled: true } | { enabled: false; reason: string };

/** Whether this process should run the local scheduler (pure; reads the parsed env it is given). */
export function shouldRunLocalScheduler(
  e: Pick<typeof env, "SCHEDULER_ENABLED" | "VERCEL" | "NEXT_PHASE" | "cronSecret">,
): SchedulerDecision {
  if (!e.SCHEDULER_ENABLED) return { enabled: false, reason: "SCHEDULER_ENABLED=false" };
  if (e.VERCEL) return { enabled: false, reason: "on Vercel (Vercel Cron runs the jobs)" };
  if (e.NEXT_PHASE === BUILD_PHASE) return { enabled: false, reason: "next build" };
  if (!e.cronSecret) return { enabled: false, reason: "no CRON_SECRET" };
  return { enabled: true };
}

type Holder = { scheduler?: Scheduler };
// One scheduler per process, even when Next's dev server reloads modules.
const scope = globalThis as { __nikitaScheduler?: Holder };
scope.__nikitaScheduler ??= {};
const holder: Holder = scope.__nikitaScheduler;

/** Starts the in-process scheduler once per process when the environment allows it. */
export function startLocalScheduler(): Scheduler | undefined {
  const decision = shouldRunLocalScheduler(env);
  if (!decision.enabled) {
    log.info("local scheduler off", { reason: decision.reason });
    return undefined;
  }
  if (holder.scheduler) return holder.scheduler;
  const schedules = loadSchedules();
  const scheduler = createScheduler({
    baseUrl: `http://127.0.0.1:${env.PORT}`,
    secret: env.cronSecret ?? "",
    schedules,
  });
  scheduler.start();
  holder.scheduler = scheduler;
  // In `next dev` the welcome text already says the jobs run; elsewhere this line is the record.
  log[env.NODE_ENV === "development" ? "debug" : "info"]("local scheduler started", {
    port: env.PORT,
    jobs: schedules.map((s) => s.job),
  });
  return scheduler;
}
