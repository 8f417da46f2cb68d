/**
 * cli.ts starts each fake standalone (as Playwright webServer entries will) and control.ts drives
 * a running fake over its /__fake/* control plane.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import Anthropic from "@anthropic-ai/sdk";
import { Bot } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { parseArgs, startFromArgs } from "./cli";
import { fakeControl } from "./control";
import type { FakeServer } from "./http";
import type { SentOtp } from "./supabase-users";
import type { TelegramCall } from "./telegram";
import { updates } from "./telegram-updates";

const started: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((f) => f.close()));
});

describe("cli argument handling", () => {
  it("parses kind, repeated flags and --name=value", () => {
    const { kind, flags } = parseArgs(["elevenlabs", "--port", "4012", "--agent", "a", "--agent=b"]);
    expect(kind).toBe("elevenlabs");
    expect(flags.get("agent")).toEqual(["a", "b"]);
    expect(() => parseArgs(["nope"])).toThrow(/usage/);
  });

  it("starts every kind in-process", async () => {
    for (const argv of [
      ["telegram", "--token", "1:a"],
      ["anthropic"],
      ["elevenlabs", "--api-key", "xi"],
      ["supabase-auth", "--algorithm", "RS256"],
    ]) {
      const { fake } = await startFromArgs(argv);
      started.push(fake);
      expect(await fakeControl(fake.url).health()).toBe(true);
    }
  });
});

describe("control plane", () => {
  it("anthropic: enqueue over HTTP, then the SDK receives it", async () => {
    const { fake } = await startFromArgs(["anthropic"]);
    started.push(fake);
    await fakeControl(fake.url).call("enqueue", "from the control plane");
    const msg = await new Anthropic({ baseURL: fake.url, apiKey: "k", maxRetries: 0 }).messages.create({
      model: "claude-sonnet-4-6",
      max_tokens: 10,
      messages: [{ role: "user", content: "x" }],
    });
    expect(msg.content[0]).toEqual({ type: "text", text: "from the control plane" });
    expect(await fakeControl(fake.url).calls()).toHaveLength(1);
  });

  it("supabase-auth: createUser / lastOtp over HTTP", async () => {
    const { fake } = await startFromArgs(["supabase-auth"]);
    started.push(fake);
    const ctl = fakeControl(fake.url);
    await ctl.call("createUser", { email: "p@example.com" });
    await fetch(`${fake.url}/auth/v1/otp`, {
      method: "POST",
      headers: { apikey: "k", "content-type": "application/json" },
      body: '{"email":"p@example.com"}',
    });
    const otp = await ctl.call<SentOtp>("lastOtp", "p@example.com");
    expect(otp.code).toMatch(/^\d{6}$/);
    await expect(ctl.call("close")).rejects.toThrow(/no control method/);
  });
});

describe("standalone process (npx tsx e2e/fakes/cli.ts …)", () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child?.pid && child.exitCode === null) child.kill("SIGTERM");
  });

  it("prints its URL, serves grammY, and accepts control calls", async () => {
    const tsx = path.resolve(__dirname, "../../node_modules/.bin/tsx");
    child = spawn(tsx, [path.resolve(__dirname, "cli.ts"), "telegram", "--port", "0", "--token", "123:abc"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("cli did not print a URL")), 20_000);
      createInterface({ input: child!.stdout! }).once("line", (line) => {
        clearTimeout(timer);
        resolve(line.trim());
      });
      child!.once("exit", (code) => reject(new Error(`cli exited ${code}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ctl = fakeControl(url);
    const bot = new Bot("123:abc", { client: { apiRoot: url } });
    await bot.init();
    expect(bot.botInfo.username).toBe("NikitaTestBot");
    await ctl.call("pushUpdate", updates.text("over the wire"));
    const got = await bot.api.getUpdates({ timeout: 0 });
    expect(got[0]?.message?.text).toBe("over the wire");
    const calls = await ctl.calls<TelegramCall>();
    expect(calls.map((c) => c.method)).toEqual(["getMe", "getUpdates"]);
    const exited = new Promise((r) => child!.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  });
});
