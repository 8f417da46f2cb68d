// Who counts as an admin: server-owned app_metadata or a verified email on an admin domain;
// nothing a user can write about themselves.
import { describe, expect, it } from "vitest";
import { isAdminClaims, parseSessionClaims, type SessionClaims } from "./claims";

/** The decoded claims of a GoTrue access token (shared fixture supabase/jwt-claims-authenticated.json). */
const supabaseFixture: Record<string, unknown> = {
  iss: "https://fakeprojectref.supabase.co/auth/v1",
  sub: "8d0f6a4e-2c1b-4f3a-9e7d-00000000f1a7",
  aud: "authenticated",
  exp: 1795266000,
  iat: 1795262400,
  email: "alex.fixture@example.com",
  phone: "",
  app_metadata: { provider: "email", providers: ["email"] },
  user_metadata: {
    email: "alex.fixture@example.com",
    email_verified: true,
    phone_verified: false,
    sub: "8d0f6a4e-2c1b-4f3a-9e7d-00000000f1a7",
  },
  role: "authenticated",
  aal: "aal1",
  amr: [{ method: "otp", timestamp: 1795262400 }],
  session_id: "5b7e2d10-9c4a-4e8f-b1d2-00000000c0de",
  is_anonymous: false,
};

const ADMIN_DOMAINS = ["nikita.example"];
const NOW = 1_795_262_400;

function claims(overrides: Partial<SessionClaims> = {}): SessionClaims {
  const parsed = parseSessionClaims({
    sub: "8d0f6a4e-2c1b-4f3a-9e7d-00000000f1a7",
    aud: "authenticated",
    role: "authenticated",
    iat: NOW,
    exp: NOW + 3600,
    email: "sam@nikita.example",
    app_metadata: { provider: "email", providers: ["email"] },
    user_metadata: {},
    amr: [{ method: "otp", timestamp: NOW }],
    ...overrides,
  });
  if (!parsed) throw new Error("test claims did not parse");
  return parsed;
}

describe("parseSessionClaims", () => {
  it("accepts the claims Supabase Auth puts in an access token", () => {
    const parsed = parseSessionClaims(supabaseFixture);
    expect(parsed?.sub).toBe("8d0f6a4e-2c1b-4f3a-9e7d-00000000f1a7");
    expect(parsed?.email).toBe("alex.fixture@example.com");
    expect(parsed?.session_id).toBe("5b7e2d10-9c4a-4e8f-b1d2-00000000c0de");
  });

  it.each([
    ["an anon token", { role: "anon" }],
    ["another audience", { aud: "service" }],
    ["an anonymous user", { is_anonymous: true }],
    ["a subject that is not a user id", { sub: "telegram:42" }],
  ])("rejects %s", (_name, patch) => {
    expect(parseSessionClaims({ ...supabaseFixture, ...patch })).toBeNull();
  });
});

describe("isAdminClaims", () => {
  it("grants admin from app_metadata.role, whatever the email", () => {
    const c = claims({
      email: "someone@gmail.example",
      amr: [],
      app_metadata: { provider: "email", role: "admin" },
    });
    expect(isAdminClaims(c, ADMIN_DOMAINS)).toBe(true);
  });

  it("grants admin to a verified email on an admin domain (case-insensitive)", () => {
    expect(isAdminClaims(claims({ email: "Sam@NIKITA.example" }), ADMIN_DOMAINS)).toBe(true);
  });

  it("refuses an admin-domain email this session never proved", () => {
    expect(isAdminClaims(claims({ amr: [{ method: "telegram", timestamp: NOW }] }), ADMIN_DOMAINS)).toBe(
      false,
    );
    expect(isAdminClaims(claims({ amr: undefined }), ADMIN_DOMAINS)).toBe(false);
  });

  it("refuses user_metadata claiming admin, even a verified-looking one", () => {
    const c = claims({
      email: "player@gmail.example",
      user_metadata: { role: "admin", email_verified: true, is_admin: true },
    });
    expect(isAdminClaims(c, ADMIN_DOMAINS)).toBe(false);
  });

  it("refuses look-alike domains and other domains", () => {
    expect(isAdminClaims(claims({ email: "sam@evil-nikita.example" }), ADMIN_DOMAINS)).toBe(false);
    expect(isAdminClaims(claims({ email: "sam@nikita.example.evil" }), ADMIN_DOMAINS)).toBe(false);
    expect(isAdminClaims(claims({ email: "sam@mail.nikita.example" }), ADMIN_DOMAINS)).toBe(false);
  });

  it("never treats a Telegram placeholder address as verified", () => {
    const c = claims({ email: "tg-42@telegram.local" });
    expect(isAdminClaims(c, ["telegram.local"])).toBe(false);
  });

  it("refuses a signed-out visitor and a player with no admin domains configured", () => {
    expect(isAdminClaims(null, ADMIN_DOMAINS)).toBe(false);
    expect(isAdminClaims(claims(), [])).toBe(false);
  });
});
