// The local scheduler calls the cron routes over real HTTP with the bearer, on the vercel.json
// schedules, never runs the same job twice at once, and stays off where it must.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createScheduler, shouldRunLocalScheduler } from "./scheduler";
import { loadSchedules, parseSchedules } from "./schedules";

const SECRET = "scheduler-test-secret";

describe("local scheduler", () => {
  let server: Server;
  let baseUrl: string;
  const seen: { path: string; authorization: string | undefined }[] = [];
  const slowPaths = new Map<string, number>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? "";
      seen.push({ path, authorization: req.headers.authorization });
      setTimeout(
        () => res.writeHead(200, { "content-type": "application/json" }).end("{}"),
        slowPaths.get(path) ?? 0,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen.length = 0;
    slowPaths.clear();
  });

  const schedules = parseSchedules({
    crons: [
      { path: "/api/cron/deliver", schedule: "* * * * *" },
      { path: "/api/cron/touchpoints", schedule: "*/15 * * * *" },
      { path: "/api/cron/decay", schedule: "5 * * * *" },
    ],
  });

  it("calls every job due in the minute, with the bearer, over HTTP", async () => {
    const scheduler = createScheduler({ baseUrl, secret: SECRET, schedules });
    await scheduler.tick(new Date("2031-01-01T10:45:00.250Z"));
    expect(seen.map((s) => s.path).sort()).toEqual(["/api/cron/deliver", "/api/cron/touchpoints"]);
    expect(seen.every((s) => s.authorization === `Bearer ${SECRET}`)).toBe(true);
    seen.length = 0;
    await scheduler.tick(new Date("2031-01-01T11:05:00.250Z"));
    expect(seen.map((s) => s.path).sort()).toEqual(["/api/cron/decay", "/api/cron/deliver"]);
  });

  it("skips a job whose previous run is still going", async () => {
    slowPaths.set("/api/cron/deliver", 400);
    const scheduler = createScheduler({ baseUrl, secret: SECRET, schedules });
    const first = scheduler.tick(new Date("2031-01-01T10:01:00.250Z"));
    await new Promise((r) => setTimeout(r, 50));
    expect(scheduler.running()).toEqual(["deliver"]);
    await scheduler.tick(new Date("2031-01-01T10:02:00.250Z"));
    await first;
    expect(seen.filter((s) => s.path === "/api/cron/deliver")).toHaveLength(1);
    await scheduler.tick(new Date("2031-01-01T10:03:00.250Z"));
    expect(seen.filter((s) => s.path === "/api/cron/deliver")).toHaveLength(2);
  });

  it("fires on its own at the top of the next minute once started, and stops", async () => {
    // A clock 300 ms before a quarter hour.
    const offset = Date.parse("2031-01-01T10:44:59.700Z") - Date.now();
    const scheduler = createScheduler({
      baseUrl,
      secret: SECRET,
      schedules,
      now: () => new Date(Date.now() + offset),
    });
    scheduler.start();
    await new Promise((r) => setTimeout(r, 900));
    await scheduler.stop();
    expect(seen.map((s) => s.path).sort()).toEqual(["/api/cron/deliver", "/api/cron/touchpoints"]);
  });

  it("is off when disabled, on Vercel, during next build, or without a secret", () => {
    const base = { SCHEDULER_ENABLED: true, VERCEL: undefined, NEXT_PHASE: undefined, cronSecret: SECRET };
    expect(shouldRunLocalScheduler(base)).toEqual({ enabled: true });
    expect(shouldRunLocalScheduler({ ...base, SCHEDULER_ENABLED: false }).enabled).toBe(false);
    expect(shouldRunLocalScheduler({ ...base, VERCEL: "1" }).enabled).toBe(false);
    expect(shouldRunLocalScheduler({ ...base, NEXT_PHASE: "phase-production-build" }).enabled).toBe(false);
    expect(shouldRunLocalScheduler({ ...base, cronSecret: undefined }).enabled).toBe(false);
  });

  it("reads vercel.json: every declared job has a cron route with GET and a maxDuration", async () => {
    const declared = loadSchedules();
    expect(declared.map((s) => s.job).sort()).toEqual(
      [
        "boss-timeout",
        "cleanup",
        "decay",
        "deliver",
        "engagement",
        "process",
        "summary",
        "touchpoints",
      ].sort(),
    );
    for (const s of declared) {
      const route = (await import(`@/app/api/cron/${s.job}/route`)) as {
        GET?: unknown;
        maxDuration?: unknown;
      };
      expect(typeof route.GET, s.job).toBe("function");
      expect(route.maxDuration, s.job).toBeGreaterThan(0);
    }
  });
});
