// The web chat and the account endpoints over real HTTP through `next start` (embedded
// defaults, offline Nikita, REPLY_DELAY_SCALE=0): signed-out callers get 401 JSON, malformed
// or cross-site requests a 4xx with a useful message (never a 5xx), a player still onboarding
// a 409; after onboarding (the real form, submitted without JavaScript) a message is accepted
// with 202 and her reply shows up in the feed; the export is a JSON download of their data;
// one player's feed never shows another's messages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hiddenFormFields } from "@/e2e/support/html-forms";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-cookie";
import { issueSessionToken } from "@/lib/auth/session-token";
import { type AppServer, startAppServer } from "../support/app-server";

const SECRET = "web-chat-test-secret-0123456789abcdef";
const ALEX = {
  id: "00000000-0000-4000-8000-0000000000d1",
  email: "alex@example.com",
  appMetadata: {},
  userMetadata: {},
};
const BLAIR = {
  id: "00000000-0000-4000-8000-0000000000d2",
  email: "blair@example.com",
  appMetadata: {},
  userMetadata: {},
};

async function sessionCookie(user: typeof ALEX): Promise<string> {
  const { token } = await issueSessionToken({ user, method: "otp", secret: SECRET, now: new Date() });
  return `${SESSION_COOKIE_NAME}=${token}`;
}

type Feed = { bubbles: { id: number; role: string; content: string }[]; typing: boolean; status: string };

describe("web chat over HTTP", () => {
  let app: AppServer;
  let alex: string;
  let blair: string;

  const api = (path: string, init: RequestInit & { cookie?: string } = {}) =>
    fetch(`${app.url}${path}`, {
      ...init,
      redirect: "manual",
      headers: {
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.headers as Record<string, string>),
      },
    });
  const post = (cookie: string | undefined, body: string, headers: Record<string, string> = {}) =>
    api("/api/chat/messages", {
      method: "POST",
      cookie,
      body,
      headers: { "content-type": "application/json", ...headers },
    });
  const feed = async (cookie: string): Promise<Feed> => {
    const res = await api("/api/chat/messages", { cookie });
    expect(res.status).toBe(200);
    return (await res.json()) as Feed;
  };

  async function onboard(cookie: string, name: string) {
    const page = await api("/onboarding", { cookie });
    expect(page.status).toBe(200);
    const form = new FormData();
    for (const [k, v] of hiddenFormFields(await page.text(), "darkness")) form.append(k, v);
    form.append("name", name);
    form.append("isAdultConfirmed", "on");
    form.append("timezone", "Europe/Berlin");
    form.append("country", "de");
    form.append("darkness", "2");
    const res = await api("/onboarding", { method: "POST", cookie, body: form });
    expect(res.status).toBeLessThan(400);
  }

  beforeAll(async () => {
    app = await startAppServer({ AUTH_SECRET: SECRET, REPLY_DELAY_SCALE: "0" });
    alex = await sessionCookie(ALEX);
    blair = await sessionCookie(BLAIR);
  }, 90_000);
  afterAll(async () => app?.stop());

  it("answers a signed-out caller with 401 JSON", async () => {
    for (const res of [
      await api("/api/chat/messages"),
      await post(undefined, '{"content":"hi"}'),
      await api("/api/me/export"),
    ]) {
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body.error.message).toMatch(/sign in/i);
    }
  });

  it("refuses a message before onboarding with 409 and a reason", async () => {
    await api("/onboarding", { cookie: alex });
    const res = await post(alex, JSON.stringify({ content: "hello?" }));
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/onboarding/i);
  });

  it("onboards through the real form, then shows her first message in the feed", async () => {
    await onboard(alex, "Alex");
    const after = await api("/onboarding", { cookie: alex });
    expect(after.status).toBe(307);
    expect(after.headers.get("location")).toContain("/dashboard");
    const first = await feed(alex);
    expect(first.status).toBe("active");
    expect(first.bubbles.length).toBeGreaterThan(0);
    expect(first.bubbles.every((b) => b.role === "nikita")).toBe(true);
  });

  it("turns malformed and cross-site messages away with 4xx and a useful message", async () => {
    const cases: [Response, number, RegExp][] = [
      [await post(alex, "{not json"), 400, /valid JSON/],
      [await post(alex, JSON.stringify({ content: "   " })), 400, /not valid/],
      [await post(alex, JSON.stringify({ content: "x".repeat(5000) })), 400, /not valid/],
      [await post(alex, JSON.stringify(["content"])), 400, /not valid/],
      [await post(alex, "content=hi", { "content-type": "application/x-www-form-urlencoded" }), 400, /JSON/],
      [
        await post(alex, JSON.stringify({ content: "hi" }), { origin: "https://evil.example" }),
        403,
        /this site/,
      ],
    ];
    for (const [res, status, message] of cases) {
      expect(res.status).toBe(status);
      expect((await res.json()).error.message).toMatch(message);
    }
    const bad = await post(alex, JSON.stringify({ content: "   " }));
    expect((await bad.json()).error.details[0].message).toMatch(/Write something first/);
  });

  it("accepts a message with 202 and her reply appears in the feed", async () => {
    const res = await post(
      alex,
      JSON.stringify({ content: "I spent the day reverse engineering my smart fridge" }),
      {
        origin: app.url,
      },
    );
    expect(res.status).toBe(202);
    const { messageId } = await res.json();
    expect(messageId).toBeTypeOf("number");

    const deadline = Date.now() + 20_000;
    let latest = await feed(alex);
    while (Date.now() < deadline && latest.bubbles.at(-1)?.role !== "nikita") {
      await new Promise((r) => setTimeout(r, 500));
      latest = await feed(alex);
    }
    const mine = latest.bubbles.findIndex((b) => b.id === messageId);
    expect(mine).toBeGreaterThanOrEqual(0);
    expect(latest.bubbles.slice(mine + 1).some((b) => b.role === "nikita")).toBe(true);
  });

  it("downloads the player's data as JSON, and shows one player nothing of another", async () => {
    const res = await api("/api/me/export", { cookie: alex });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="nikita-export-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const data = await res.json();
    expect(data.profile).toMatchObject({ name: "Alex", email: "alex@example.com", country: "DE" });
    const texts = data.conversations.flatMap((c: { messages: { content: string }[] }) =>
      c.messages.map((m) => m.content),
    );
    expect(texts).toContain("I spent the day reverse engineering my smart fridge");

    await onboard(blair, "Blair");
    const theirs = await feed(blair);
    expect(theirs.bubbles.map((b) => b.content)).not.toContain(
      "I spent the day reverse engineering my smart fridge",
    );
  });
});
