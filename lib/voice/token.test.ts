// The per-call token: valid for its player for 30 minutes, rejected when tampered with,
// signed with another secret, expired, or malformed.
import { describe, expect, it } from "vitest";
import { VOICE_CONFIG } from "./config";
import { issueVoiceToken, verifyVoiceToken } from "./token";

const SECRET = "test-voice-token-secret";
const PLAYER = "0f3a9c2e-fa4e-4c1d-9a7e-000000000001";
const NOW = new Date("2026-11-21T12:00:00Z");

describe("voice token", () => {
  it("is valid for its player until 30 minutes after the call starts", () => {
    const { token, expiresAt } = issueVoiceToken({ playerId: PLAYER, now: NOW, secret: SECRET });
    expect(expiresAt.getTime() - NOW.getTime()).toBe(VOICE_CONFIG.tokenTtlMs);
    const later = new Date(NOW.getTime() + VOICE_CONFIG.tokenTtlMs - 1000);
    expect(verifyVoiceToken(token, { now: later, secret: SECRET })).toMatchObject({
      ok: true,
      playerId: PLAYER,
    });
  });

  it("expires after 30 minutes", () => {
    const { token } = issueVoiceToken({ playerId: PLAYER, now: NOW, secret: SECRET });
    const after = new Date(NOW.getTime() + VOICE_CONFIG.tokenTtlMs);
    expect(verifyVoiceToken(token, { now: after, secret: SECRET })).toEqual({ ok: false, reason: "expired" });
  });

  it("rejects a token signed with another secret or with a swapped player", () => {
    const { token } = issueVoiceToken({ playerId: PLAYER, now: NOW, secret: "other-secret" });
    expect(verifyVoiceToken(token, { now: NOW, secret: SECRET })).toEqual({ ok: false, reason: "forged" });

    const mine = issueVoiceToken({ playerId: PLAYER, now: NOW, secret: SECRET }).token;
    const [v, , sig] = mine.split(".");
    const otherBody = Buffer.from(
      JSON.stringify({ p: "0f3a9c2e-fa4e-4c1d-9a7e-000000000002", exp: NOW.getTime() + 60_000 }),
    ).toString("base64url");
    expect(verifyVoiceToken(`${v}.${otherBody}.${sig}`, { now: NOW, secret: SECRET })).toEqual({
      ok: false,
      reason: "forged",
    });
  });

  it("rejects missing and malformed tokens, and everything when no secret is configured", () => {
    expect(verifyVoiceToken(undefined, { now: NOW, secret: SECRET })).toEqual({
      ok: false,
      reason: "missing",
    });
    expect(verifyVoiceToken("garbage", { now: NOW, secret: SECRET })).toEqual({
      ok: false,
      reason: "malformed",
    });
    const { token } = issueVoiceToken({ playerId: PLAYER, now: NOW, secret: SECRET });
    expect(verifyVoiceToken(token, { now: NOW, secret: undefined }).ok).toBe(false);
  });
});
