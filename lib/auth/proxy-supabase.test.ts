// proxy.ts in Supabase mode, against the shared fake GoTrue server: a live session passes, an
// access token about to expire is refreshed and the new cookies go out with no-store headers
// (and to the page rendering this request), and no session means sign-in.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from "@/e2e/fakes/supabase-auth";
import { updateSession } from "./proxy-session";
import type { CookieJar } from "./session-cookie";
import { createSupabaseServerClient, type SupabaseConfig } from "./supabase-client";

let fake: FakeSupabaseAuth;
let shortLived: FakeSupabaseAuth;

beforeAll(async () => {
  fake = await startFakeSupabaseAuth();
  // Tokens inside auth-js's 90-second refresh margin from the moment they are issued.
  shortLived = await startFakeSupabaseAuth({ jwtExpirySeconds: 60 });
});
afterAll(async () => {
  await fake?.close();
  await shortLived?.close();
});

const configOf = (auth: FakeSupabaseAuth): SupabaseConfig => ({ url: auth.url, anonKey: auth.anonKey });

/** The cookies a browser would hold after signing in to `auth` as `email`. */
async function signedInCookies(auth: FakeSupabaseAuth, email: string): Promise<string> {
  const store = new Map<string, string>();
  const jar: CookieJar = {
    getAll: () => [...store].map(([name, value]) => ({ name, value })),
    set: (name, value) => void store.set(name, value),
  };
  const session = await auth.issueSession(email);
  const client = createSupabaseServerClient(configOf(auth), jar);
  const { error } = await client.auth.setSession({
    access_token: session.access_token,
    refresh_token: session.refresh_token,
  });
  if (error) throw error;
  return [...store].map(([name, value]) => `${name}=${value}`).join("; ");
}

const visit = (path: string, cookie?: string) =>
  new NextRequest(`http://nikita.test${path}`, cookie ? { headers: { cookie } } : {});

describe("proxy session handling (Supabase Auth)", () => {
  it("lets a live session into the dashboard without touching its cookies", async () => {
    const cookie = await signedInCookies(fake, "alex@example.com");
    fake.calls.length = 0;
    const res = await updateSession(visit("/dashboard", cookie), {
      mode: "supabase",
      supabase: configOf(fake),
    });
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(fake.calls.map((c) => c.route)).not.toContain("POST /token");
  });

  it("refreshes an expiring session and sends the new cookies with no-store headers", async () => {
    const cookie = await signedInCookies(shortLived, "sam@example.com");
    shortLived.calls.length = 0;
    const res = await updateSession(visit("/dashboard/chat", cookie), {
      mode: "supabase",
      supabase: configOf(shortLived),
    });
    expect(res.headers.get("location")).toBeNull();
    expect(shortLived.calls.map((c) => `${c.route}?${new URLSearchParams(c.query)}`)).toContain(
      "POST /token?grant_type=refresh_token",
    );
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/sb-[^=]+-auth-token/);
    expect(res.headers.get("cache-control")).toMatch(/no-store/);
    // The page rendering this same request reads the refreshed cookie, not the stale one.
    const forwarded = res.headers.get("x-middleware-request-cookie") ?? "";
    expect(forwarded).not.toBe(cookie);
    expect(forwarded).toMatch(/sb-[^=]+-auth-token/);
  });

  it("sends visitors without a session, or with a mangled one, to sign-in", async () => {
    const none = await updateSession(visit("/admin"), { mode: "supabase", supabase: configOf(fake) });
    expect(none.status).toBe(307);
    expect(new URL(none.headers.get("location") ?? "").searchParams.get("next")).toBe("/admin");

    const cookie = await signedInCookies(fake, "mangled@example.com");
    const mangled = cookie.replace(/=base64-[A-Za-z0-9_-]{12}/, "=base64-AAAAAAAAAAAA");
    expect(mangled).not.toBe(cookie);
    const res = await updateSession(visit("/dashboard", mangled), {
      mode: "supabase",
      supabase: configOf(fake),
    });
    expect(res.status).toBe(307);
    expect(new URL(res.headers.get("location") ?? "").pathname).toBe("/sign-in");
  });
});
