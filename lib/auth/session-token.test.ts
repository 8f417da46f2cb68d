// Local sessions: a token verifies only with our secret, unchanged, before it expires; it is
// re-issued past half-life with the same identity.
import { decodeJwt, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { isAdminClaims } from "./claims";
import {
  issueSessionToken,
  LOCAL_SESSION_ISSUER,
  refreshSessionToken,
  SESSION_TTL_SECONDS,
  type SessionSubject,
  verifySessionToken,
} from "./session-token";

const SECRET = "test-auth-secret-0123456789abcdef0123456789";
const NOW = new Date("2026-11-21T12:00:00Z");
const later = (s: number) => new Date(NOW.getTime() + s * 1000);
const USER: SessionSubject = {
  id: "8d0f6a4e-2c1b-4f3a-9e7d-00000000f1a7",
  email: "alex@example.com",
  appMetadata: {},
  userMetadata: { email: "alex@example.com", email_verified: true },
};

describe("session tokens", () => {
  it("issues Supabase-shaped claims that verify with the same secret", async () => {
    const { token } = await issueSessionToken({ user: USER, method: "otp", secret: SECRET, now: NOW });
    const outcome = await verifySessionToken(token, { secret: SECRET, now: later(60) });
    expect(outcome.status).toBe("valid");
    if (outcome.status !== "valid") return;
    const iat = NOW.getTime() / 1000;
    expect(outcome.claims).toMatchObject({
      iss: LOCAL_SESSION_ISSUER,
      sub: USER.id,
      aud: "authenticated",
      role: "authenticated",
      email: "alex@example.com",
      phone: "",
      app_metadata: { provider: "email", providers: ["email"] },
      user_metadata: USER.userMetadata,
      aal: "aal1",
      amr: [{ method: "otp", timestamp: iat }],
      is_anonymous: false,
      iat,
      exp: iat + SESSION_TTL_SECONDS,
    });
    expect(outcome.claims.session_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(SESSION_TTL_SECONDS).toBe(7 * 24 * 3600);
  });

  it("carries a server-granted admin role in app_metadata", async () => {
    const user = { ...USER, appMetadata: { role: "admin" } };
    const { token } = await issueSessionToken({ user, method: "telegram", secret: SECRET, now: NOW });
    const outcome = await verifySessionToken(token, { secret: SECRET, now: NOW });
    expect(outcome.status === "valid" && isAdminClaims(outcome.claims, [])).toBe(true);
  });

  it("rejects an expired session", async () => {
    const { token } = await issueSessionToken({ user: USER, method: "otp", secret: SECRET, now: NOW });
    expect(
      (await verifySessionToken(token, { secret: SECRET, now: later(SESSION_TTL_SECONDS - 1) })).status,
    ).toBe("valid");
    expect(
      (await verifySessionToken(token, { secret: SECRET, now: later(SESSION_TTL_SECONDS + 1) })).status,
    ).toBe("expired");
  });

  it("rejects a token signed with another secret", async () => {
    const { token } = await issueSessionToken({
      user: USER,
      method: "otp",
      secret: `${SECRET}-other`,
      now: NOW,
    });
    expect((await verifySessionToken(token, { secret: SECRET, now: NOW })).status).toBe("invalid");
  });

  it("rejects a tampered payload (a player promoting themselves to admin)", async () => {
    const { token } = await issueSessionToken({ user: USER, method: "otp", secret: SECRET, now: NOW });
    const [header, , signature] = token.split(".");
    const forged = { ...decodeJwt(token), app_metadata: { provider: "email", role: "admin" } };
    const payload = Buffer.from(JSON.stringify(forged)).toString("base64url");
    expect(
      (await verifySessionToken(`${header}.${payload}.${signature}`, { secret: SECRET, now: NOW })).status,
    ).toBe("invalid");
  });

  it("rejects alg=none and tokens from another issuer or audience", async () => {
    const claims = decodeJwt(
      (await issueSessionToken({ user: USER, method: "otp", secret: SECRET, now: NOW })).token,
    );
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.`;
    expect((await verifySessionToken(none, { secret: SECRET, now: NOW })).status).toBe("invalid");

    const key = new TextEncoder().encode(SECRET);
    const foreign = await new SignJWT({ ...claims, iss: "https://someone-else.example" })
      .setProtectedHeader({ alg: "HS256" })
      .sign(key);
    expect((await verifySessionToken(foreign, { secret: SECRET, now: NOW })).status).toBe("invalid");
    const anon = await new SignJWT({ ...claims, aud: "anon", role: "anon" })
      .setProtectedHeader({ alg: "HS256" })
      .sign(key);
    expect((await verifySessionToken(anon, { secret: SECRET, now: NOW })).status).toBe("invalid");
  });

  it("rejects garbage", async () => {
    for (const junk of ["", "abc", "a.b.c", "eyJhbGciOiJIUzI1NiJ9..x"]) {
      expect((await verifySessionToken(junk, { secret: SECRET, now: NOW })).status).toBe("invalid");
    }
  });

  it("re-issues a session past half-life with the same identity and a fresh week", async () => {
    const { claims } = await issueSessionToken({ user: USER, method: "otp", secret: SECRET, now: NOW });
    expect(
      await refreshSessionToken(claims, { secret: SECRET, now: later(SESSION_TTL_SECONDS / 2 - 60) }),
    ).toBeNull();

    const at = later(SESSION_TTL_SECONDS / 2 + 60);
    const refreshed = await refreshSessionToken(claims, { secret: SECRET, now: at });
    expect(refreshed).not.toBeNull();
    const outcome = await verifySessionToken(refreshed!.token, {
      secret: SECRET,
      now: later(SESSION_TTL_SECONDS + 3600),
    });
    expect(outcome.status).toBe("valid");
    if (outcome.status !== "valid") return;
    expect(outcome.claims.sub).toBe(USER.id);
    expect(outcome.claims.session_id).toBe(claims.session_id);
    expect(outcome.claims.exp).toBe(at.getTime() / 1000 + SESSION_TTL_SECONDS);
  });
});
