// The breaker: closed → open after 5 consecutive failures → half-open after 30 s → one trial.
import { describe, expect, it } from "vitest";
import { CircuitBreaker, CircuitOpenError } from "./circuit-breaker";

const ok = () => Promise.resolve("ok");
const boom = () => Promise.reject(new Error("upstream down"));

function setup() {
  let now = 1_000_000;
  let calls = 0;
  const breaker = new CircuitBreaker("test", {}, () => now);
  const run = async (fn: () => Promise<string>) => {
    try {
      return await breaker.run(() => {
        calls++;
        return fn();
      });
    } catch (error) {
      return error instanceof CircuitOpenError ? "fast-fail" : "failed";
    }
  };
  return {
    breaker,
    run,
    advance: (ms: number) => {
      now += ms;
    },
    calls: () => calls,
  };
}

describe("CircuitBreaker", () => {
  it("opens after five consecutive failures and then fails fast without calling", async () => {
    const t = setup();
    for (let i = 0; i < 4; i++) expect(await t.run(boom)).toBe("failed");
    expect(t.breaker.state).toBe("closed");
    expect(await t.run(boom)).toBe("failed");
    expect(t.breaker.state).toBe("open");
    expect(await t.run(ok)).toBe("fast-fail");
    expect(t.calls()).toBe(5);
  });

  it("counts only consecutive failures: a success in between resets the count", async () => {
    const t = setup();
    for (let i = 0; i < 4; i++) await t.run(boom);
    expect(await t.run(ok)).toBe("ok");
    for (let i = 0; i < 4; i++) await t.run(boom);
    expect(t.breaker.state).toBe("closed");
  });

  it.each([
    { scenario: "a successful trial closes the circuit", trial: ok, expected: "ok", after: "closed" },
    {
      scenario: "a failed trial opens it for another cool-down",
      trial: boom,
      expected: "failed",
      after: "open",
    },
  ])("after the cool-down one trial goes through: $scenario", async ({ trial, expected, after }) => {
    const t = setup();
    for (let i = 0; i < 5; i++) await t.run(boom);
    t.advance(29_999);
    expect(await t.run(ok)).toBe("fast-fail");
    t.advance(1);
    expect(t.breaker.state).toBe("half_open");
    expect(await t.run(trial)).toBe(expected);
    expect(t.breaker.state).toBe(after);
    expect(t.calls()).toBe(6);
  });

  it("lets only one trial through while it is in flight", async () => {
    const t = setup();
    for (let i = 0; i < 5; i++) await t.run(boom);
    t.advance(30_000);
    let release: (v: string) => void = () => {};
    const trial = t.run(
      () =>
        new Promise<string>((resolve) => {
          release = resolve;
        }),
    );
    expect(await t.run(ok)).toBe("fast-fail");
    release("ok");
    expect(await trial).toBe("ok");
    expect(await t.run(ok)).toBe("ok");
    expect(t.calls()).toBe(7);
  });

  it("does not count errors that prove the upstream answered (e.g. our own bad request)", async () => {
    let now = 0;
    const isFailure = (e: unknown) => !(e instanceof TypeError);
    const breaker = new CircuitBreaker("test", { isFailure }, () => now);
    const badRequest = () => Promise.reject(new TypeError("400"));
    for (let i = 0; i < 4; i++) await breaker.run(boom).catch(() => {});
    for (let i = 0; i < 10; i++) await expect(breaker.run(badRequest)).rejects.toBeInstanceOf(TypeError);
    expect(breaker.state).toBe("closed");
    for (let i = 0; i < 5; i++) await breaker.run(boom).catch(() => {});
    expect(breaker.state).toBe("open");
    now += 30_000;
    await expect(breaker.run(badRequest)).rejects.toBeInstanceOf(TypeError);
    expect(breaker.state).toBe("closed");
  });

  it("reports how long until the next trial", async () => {
    const t = setup();
    for (let i = 0; i < 5; i++) await t.run(boom);
    t.advance(10_000);
    const error = await t.breaker.run(ok).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect((error as CircuitOpenError).retryAfterMs).toBe(20_000);
    expect((error as CircuitOpenError).code).toBe("unavailable:model");
  });
});
