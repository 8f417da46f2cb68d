/**
 * Drives the real @supabase/supabase-js and @supabase/ssr clients on Node 20 against the fake
 * Supabase Auth server (supabase-auth.ts). Shapes: fixtures README "supabase/".
 */
import { createServerClient } from "@supabase/ssr";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixtureJson, fixturesDir } from "./fixture-files";
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from "./supabase-auth";
import { nodeSupabaseOptions } from "./supabase-node";

let auth: FakeSupabaseAuth;
const EMAIL = "alex.fixture@example.com";
const client = (fake = auth): SupabaseClient =>
  createClient(fake.url, fake.anonKey, {
    ...nodeSupabaseOptions,
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });

beforeAll(async () => {
  auth = await startFakeSupabaseAuth();
});
afterEach(() => auth.reset());
afterAll(() => auth.close());

describe("Node 20 + supabase-js", () => {
  it("createClient needs a WebSocket transport on Node 20; `ws` via realtime.transport works", () => {
    const hasNativeWs = typeof (globalThis as { WebSocket?: unknown }).WebSocket !== "undefined";
    if (!hasNativeWs) expect(() => createClient(auth.url, auth.anonKey)).toThrow(/WebSocket/);
    expect(() => client()).not.toThrow();
  });
});

describe("fake Supabase Auth via supabase-js", () => {
  it("signInWithOtp → verifyOtp (email + code) → getUser → getClaims (ES256 via JWKS)", async () => {
    auth.createUser({ email: EMAIL, app_metadata: { role: "admin" } });
    const sb = client();
    expect((await sb.auth.signInWithOtp({ email: EMAIL })).error).toBeNull();
    const otp = auth.lastOtp(EMAIL)!;
    expect(otp.code).toMatch(/^\d{6}$/);
    expect(otp.tokenHash).toMatch(/^[0-9a-f]{56}$/);
    expect(otp.type).toBe("magiclink");
    const { data, error } = await sb.auth.verifyOtp({ email: EMAIL, token: otp.code, type: "email" });
    expect(error).toBeNull();
    expect(data.session?.token_type).toBe("bearer");
    const user = await sb.auth.getUser();
    expect(user.data.user).toMatchObject({
      email: EMAIL,
      app_metadata: { provider: "email", role: "admin" },
    });
    const claims = await sb.auth.getClaims();
    expect(claims.error).toBeNull();
    expect(claims.data?.header).toMatchObject({ alg: "ES256", kid: auth.kid, typ: "JWT" });
    expect(claims.data?.claims).toMatchObject({
      sub: user.data.user!.id,
      aud: "authenticated",
      role: "authenticated",
      email: EMAIL,
      aal: "aal1",
    });
    expect(auth.calls.map((c) => c.route)).toContain("GET /.well-known/jwks.json");
  });

  it("verifyOtp with token_hash (the SSR email-link pattern) creates new users and confirms them", async () => {
    const sb = client();
    await sb.auth.signInWithOtp({
      email: "new.player@example.com",
      options: { data: { display_name: "Sam" } },
    });
    const otp = auth.lastOtp("new.player@example.com")!;
    expect(otp.type).toBe("signup");
    const { data, error } = await sb.auth.verifyOtp({ token_hash: otp.tokenHash, type: "email" });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      email: "new.player@example.com",
      user_metadata: { display_name: "Sam", email_verified: true },
    });
    expect(data.user?.email_confirmed_at).toBeTruthy();
    const again = await client().auth.verifyOtp({ token_hash: otp.tokenHash, type: "email" });
    expect(again.error).toMatchObject({ status: 403, code: "otp_expired" });
  });

  it("wrong code → otp_expired; shouldCreateUser:false for unknown email → otp_disabled", async () => {
    auth.createUser({ email: EMAIL });
    const sb = client();
    await sb.auth.signInWithOtp({ email: EMAIL });
    const wrong = await sb.auth.verifyOtp({
      email: EMAIL,
      token: "000000" === auth.lastOtp(EMAIL)!.code ? "111111" : "000000",
      type: "email",
    });
    expect(wrong.error).toMatchObject({ status: 403, code: "otp_expired" });
    const noSignup = await sb.auth.signInWithOtp({
      email: "nobody@example.com",
      options: { shouldCreateUser: false },
    });
    expect(noSignup.error).toMatchObject({ status: 422, code: "otp_disabled" });
  });

  it("refreshSession rotates the refresh token; signOut revokes the session", async () => {
    const sb = client();
    const session = await auth.issueSession(EMAIL);
    await sb.auth.setSession({ access_token: session.access_token, refresh_token: session.refresh_token });
    const refreshed = await sb.auth.refreshSession();
    expect(refreshed.error).toBeNull();
    expect(refreshed.data.session?.refresh_token).not.toBe(session.refresh_token);
    expect((await sb.auth.signOut()).error).toBeNull();
    const after = await client().auth.getUser(refreshed.data.session!.access_token);
    expect(after.error?.name).toBe("AuthSessionMissingError");
    const reuse = await client().auth.refreshSession({
      refresh_token: refreshed.data.session!.refresh_token,
    });
    expect(reuse.error).toMatchObject({ code: "refresh_token_not_found" });
  });

  it("a refresh token reused after the reuse interval is rejected", async () => {
    let now = Date.now();
    const local = await startFakeSupabaseAuth({ now: () => now });
    try {
      const s = await local.issueSession(EMAIL);
      const first = await client(local).auth.refreshSession({ refresh_token: s.refresh_token });
      expect(first.error).toBeNull();
      const withinInterval = await client(local).auth.refreshSession({ refresh_token: s.refresh_token });
      expect(withinInterval.data.session?.refresh_token).toBe(first.data.session?.refresh_token);
      now += 60_000;
      const late = await client(local).auth.refreshSession({ refresh_token: s.refresh_token });
      expect(late.error).toMatchObject({ code: "refresh_token_already_used" });
    } finally {
      await local.close();
    }
  });

  it("getClaims rejects a token signed by another key and an expired one", async () => {
    const other = await startFakeSupabaseAuth({ kid: auth.kid });
    try {
      const foreign = await other.issueSession(EMAIL);
      const bad = await client().auth.getClaims(foreign.access_token);
      expect(bad.error?.message).toMatch(/signature/i);
    } finally {
      await other.close();
    }
    const expired = await auth.signAccessToken({ sub: "x", exp: Math.floor(Date.now() / 1000) - 10 });
    expect((await client().auth.getClaims(expired)).error).toBeTruthy();
  });

  it("HS256 mode: empty JWKS, getClaims falls back to GET /user", async () => {
    const hs = await startFakeSupabaseAuth({
      algorithm: "HS256",
      jwtSecret: "a-very-long-shared-secret-for-the-fake-0001",
    });
    try {
      expect(hs.jwks()).toEqual({ keys: [] });
      const s = await hs.issueSession(EMAIL);
      expect(decodeProtectedHeader(s.access_token)).toEqual({ alg: "HS256", typ: "JWT" });
      const res = await client(hs).auth.getClaims(s.access_token);
      expect(res.error).toBeNull();
      expect(res.data?.claims.email).toBe(EMAIL);
      expect(hs.calls.map((c) => c.route)).toContain("GET /user");
    } finally {
      await hs.close();
    }
  });

  it("apikey is required; errors use the versioned GoTrue shape", async () => {
    const noKey = await fetch(`${auth.url}/auth/v1/user`);
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ message: "No API key found in request" });
    const legacy = await fetch(`${auth.url}/auth/v1/user`, { headers: { apikey: "k" } });
    expect(await legacy.json()).toEqual({
      code: 401,
      error_code: "no_authorization",
      msg: "This endpoint requires a valid Bearer token",
    });
    const versioned = await fetch(`${auth.url}/auth/v1/user`, {
      headers: { apikey: "k", "x-supabase-api-version": "2024-01-01" },
    });
    expect(versioned.headers.get("x-supabase-api-version")).toBe("2024-01-01");
    expect(await versioned.json()).toEqual({
      code: "no_authorization",
      message: "This endpoint requires a valid Bearer token",
    });
  });

  it("failNext injects GoTrue errors (e.g. email rate limit)", async () => {
    auth.failNext("POST /otp", {
      status: 429,
      code: "over_email_send_rate_limit",
      message: "email rate limit exceeded",
    });
    const res = await client().auth.signInWithOtp({ email: EMAIL });
    expect(res.error).toMatchObject({ status: 429, code: "over_email_send_rate_limit" });
    expect(auth.sentOtps()).toHaveLength(0);
  });
});

describe("@supabase/ssr server client with cookies", () => {
  it("PKCE magic link: GET /verify redirects with ?code=, exchangeCodeForSession sets cookies, next request getClaims()", async () => {
    auth.createUser({ email: EMAIL });
    const jar = new Map<string, string>();
    const cookies = {
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      setAll: (list: { name: string; value: string }[]) => {
        for (const c of list) c.value ? jar.set(c.name, c.value) : jar.delete(c.name);
      },
    };
    const server = () => createServerClient(auth.url, auth.anonKey, { cookies, ...nodeSupabaseOptions });
    await server().auth.signInWithOtp({
      email: EMAIL,
      options: { emailRedirectTo: "http://localhost:3000/auth/callback" },
    });
    const otp = auth.lastOtp(EMAIL)!;
    expect(otp.tokenHash.startsWith("pkce_")).toBe(true);
    const link = await fetch(otp.actionLink, { redirect: "manual" });
    expect(link.status).toBe(303);
    const location = new URL(link.headers.get("location")!);
    expect(location.origin + location.pathname).toBe("http://localhost:3000/auth/callback");
    const code = location.searchParams.get("code")!;
    const exchanged = await server().auth.exchangeCodeForSession(code);
    expect(exchanged.error).toBeNull();
    expect([...jar.keys()].some((k) => k.startsWith("sb-") && k.includes("auth-token"))).toBe(true);
    const claims = await server().auth.getClaims();
    expect(claims.error).toBeNull();
    expect(claims.data?.claims.email).toBe(EMAIL);
  });
});

describe.skipIf(!fixturesDir)("fixture shapes", () => {
  it("verify response, user and claims keep the fixtures' keys and order", async () => {
    auth.createUser({ email: EMAIL });
    const s = await auth.issueSession(EMAIL);
    const fx = fixtureJson<Record<string, unknown> & { user: Record<string, unknown> }>(
      "supabase/verify-otp-response.json",
    );
    expect(Object.keys(s)).toEqual(Object.keys(fx));
    const userFx = fixtureJson<Record<string, unknown>>("supabase/auth-user-response.json");
    expect(Object.keys(s.user)).toEqual(Object.keys(userFx).filter((k) => k !== "recovery_sent_at"));
    const identity = (s.user.identities as Record<string, unknown>[])[0]!;
    expect(Object.keys(identity)).toEqual(Object.keys((userFx.identities as Record<string, unknown>[])[0]!));
    const claimsFx = fixtureJson<Record<string, unknown>>("supabase/jwt-claims-authenticated.json");
    const claims = decodeJwt(s.access_token);
    expect(Object.keys(claims)).toEqual(Object.keys(claimsFx));
    expect(claims).toMatchObject({
      aud: "authenticated",
      role: "authenticated",
      phone: "",
      amr: [{ method: "otp" }],
      is_anonymous: false,
    });
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(claims.iss).toBe(`${auth.url}/auth/v1`);
    expect(String(s.user.created_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });
});
