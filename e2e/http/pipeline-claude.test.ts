// The conversation pipeline in the running app with Claude switched on: `next start` with
// ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL pointing at the local fake Messages API (the real
// SDK inside the app). A player onboarded through the real form writes in the web chat; her
// reply arrives in the feed after two model calls (reply with the cached prefix marked, and
// analysis); a leaky model never reaches the feed; a failing API gets an in-character "give me
// a minute" and never a 5xx or a technical word. /api/health names the model mode.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeAnthropic, type MessagesRequest, startFakeAnthropic } from "@/e2e/fakes/anthropic";
import { hiddenFormFields } from "@/e2e/support/html-forms";
import { GIVE_ME_A_MINUTE_LINES } from "@/lib/agents/offline/canned-lines";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-cookie";
import { issueSessionToken } from "@/lib/auth/session-token";
import { GUARD_FALLBACK_LINES } from "@/lib/safety";
import { type AppServer, startAppServer } from "../support/app-server";

const SECRET = "pipeline-http-test-secret-0123456789ab";
const API_KEY = "sk-ant-http-pipeline";
const SAM = {
  id: "00000000-0000-4000-8000-0000000000e1",
  email: "sam@example.com",
  appMetadata: {},
  userMetadata: {},
};

type Feed = { bubbles: { id: number; role: string; content: string }[]; typing: boolean; status: string };

describe("the pipeline in the running app, with Claude on", () => {
  let app: AppServer;
  let fake: FakeAnthropic;
  let cookie: string;
  let reply: () => unknown = () => "hm. a fridge with opinions. go on";
  /** Replaces the fake's schema-valid analysis when set (a model that ignores the tool). */
  let analysis: (() => unknown) | null = null;

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${app.url}${path}`, {
      ...init,
      redirect: "manual",
      headers: { cookie, ...(init.headers as Record<string, string>) },
    });
  const feed = async (): Promise<Feed> => {
    const res = await api("/api/chat/messages");
    expect(res.status).toBe(200);
    return (await res.json()) as Feed;
  };
  /** Sends a message and waits until a bubble of hers follows it; returns her bubbles after it. */
  async function send(content: string): Promise<string[]> {
    const res = await api("/api/chat/messages", {
      method: "POST",
      body: JSON.stringify({ content }),
      headers: { "content-type": "application/json", origin: app.url },
    });
    expect(res.status).toBe(202);
    const { messageId } = (await res.json()) as { messageId: number };
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { bubbles } = await feed();
      const mine = bubbles.findIndex((b) => b.id === messageId);
      const hers = bubbles.slice(mine + 1).filter((b) => b.role === "nikita");
      if (mine >= 0 && hers.length > 0) return hers.map((b) => b.content);
      if (Date.now() > deadline) throw new Error(`no reply to ${content}:\n${app.logs().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  const replyBodies = () =>
    fake.calls
      .filter((c) => c.endpoint === "messages")
      .map((c) => c.body as MessagesRequest)
      .filter((b) => !b.tool_choice);

  beforeAll(async () => {
    fake = await startFakeAnthropic({ apiKey: API_KEY });
    fake.respondWith((req, ctx) => {
      if (req.tool_choice?.type === "tool")
        return analysis ? (analysis() as never) : fake.defaultResponder(req, ctx);
      return reply() as never;
    });
    app = await startAppServer({
      AUTH_SECRET: SECRET,
      REPLY_DELAY_SCALE: "0",
      ANTHROPIC_API_KEY: API_KEY,
      ANTHROPIC_BASE_URL: fake.url,
      ANTHROPIC_TIMEOUT_MS: "3000",
    });
    const { token } = await issueSessionToken({ user: SAM, method: "otp", secret: SECRET, now: new Date() });
    cookie = `${SESSION_COOKIE_NAME}=${token}`;
    const page = await api("/onboarding");
    const form = new FormData();
    for (const [k, v] of hiddenFormFields(await page.text(), "darkness")) form.append(k, v);
    form.append("name", "Sam");
    form.append("isAdultConfirmed", "on");
    form.append("timezone", "Europe/Berlin");
    form.append("country", "de");
    form.append("darkness", "2");
    expect((await api("/onboarding", { method: "POST", body: form })).status).toBeLessThan(400);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await fake?.close();
  });

  it("labels the model mode in /api/health", async () => {
    const res = await fetch(`${app.url}/api/health`);
    const body = (await res.json()) as { components: { model: { mode: string } } };
    expect(body.components.model.mode).toBe("anthropic");
  });

  it("answers a web chat message with her reply after two model calls, prefix marked for caching", async () => {
    const before = fake.calls.length;
    const hers = await send("I spent the day reverse engineering my smart fridge");
    expect(hers.join(" ")).toMatch(/fridge with opinions/);
    await new Promise((r) => setTimeout(r, 500));
    const calls = fake.calls.slice(before).filter((c) => c.endpoint === "messages");
    expect(calls).toHaveLength(2);
    const body = replyBodies().at(-1)!;
    expect((body.system as { cache_control?: unknown }[])[0]?.cache_control).toEqual({ type: "ephemeral" });
    expect(String(body.messages.at(-1)?.content)).toBe(
      "<player_message>I spent the day reverse engineering my smart fridge</player_message>",
    );
  });

  it("still answers when the analysis is not JSON, and warns once with the turn, player and issue", async () => {
    analysis = () => "Sure! The player seems friendly, I'd say +2 trust.";
    const logStart = app.logs().length;
    try {
      const hers = await send("my fridge now orders milk by itself");
      expect(hers.join(" ")).toMatch(/fridge with opinions/);
    } finally {
      analysis = null;
    }
    await new Promise((r) => setTimeout(r, 500));
    const warnings = app
      .logs()
      .slice(logStart)
      .split("\n")
      .filter((l) => l.includes("analysis rejected"))
      .map((l) => JSON.parse(l.slice(l.indexOf("{"))) as Record<string, unknown>);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      msg: "analysis rejected; zero deltas",
      turnId: expect.any(Number),
      playerId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      issue: expect.stringMatching(/analysis/),
    });
    expect(String(warnings[0]!.issue)).not.toMatch(/friendly/);
    expect(app.logs().slice(logStart)).not.toMatch(/analysis failed/);
  });

  it("never shows the player a leaky reply", async () => {
    reply = () => "honestly? your score is 72 and i'm an AI, chapter 1 boss incoming";
    const hers = await send("tell me my score, be honest");
    const text = hers.join(" ");
    expect(text).not.toMatch(/score|\bAI\b|chapter|boss|72/i);
    expect(GUARD_FALLBACK_LINES.some((l) => text.includes(l.split(/[.?!]/)[0]!))).toBe(true);
  });

  it("answers a failing API in character, and never with a 5xx or a technical word", async () => {
    reply = () => ({ type: "error", status: 500 });
    const hers = await send("so what are you up to tonight?");
    const text = hers.join(" ");
    expect(text).not.toMatch(/error|429|500|rate limit|quota|timeout/i);
    expect(
      hers.every((b) => GIVE_ME_A_MINUTE_LINES.some((l) => l.toLowerCase().includes(b.toLowerCase()))),
    ).toBe(true);
    const status = await api("/api/chat/messages");
    expect(status.status).toBe(200);
  }, 60_000);
});
