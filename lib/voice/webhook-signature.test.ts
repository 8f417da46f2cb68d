// ElevenLabs-Signature verification against the fixtures' worked examples (real bytes, real
// header), plus tampering, wrong secret, stale timestamps and malformed headers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { signElevenLabsWebhook } from "@/e2e/fakes/elevenlabs-signing";
import { verifyWebhookSignature } from "./webhook-signature";

const FIXTURES = "/work/shared/fixtures/elevenlabs";
const SECRET = "wsec_FAKEfixtureSecret0001";
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`, "utf8");
const at = (unixSeconds: number) => new Date(unixSeconds * 1000);

describe("ElevenLabs webhook signature", () => {
  it("accepts the fixture's worked examples", () => {
    expect(
      verifyWebhookSignature({
        header: "t=1795291340,v0=cf891d4844f27fad671119492ca085653039a487ed91b2af8f03fe87fa4c6669",
        rawBody: fixture("post-call-transcription.json"),
        secret: SECRET,
        now: at(1795291400),
      }),
    ).toEqual({ ok: true });
    expect(
      verifyWebhookSignature({
        header: "t=1795294833,v0=2ac60987295826bf83330da2517e32444940ae7b4d59763d46dba1d1cd9a0740",
        rawBody: fixture("call-initiation-failure.json"),
        secret: SECRET,
        now: at(1795294833),
      }),
    ).toEqual({ ok: true });
  });

  it("rejects a body changed by one byte, a re-serialised body, and the wrong secret", () => {
    const raw = fixture("post-call-transcription.json");
    const header = "t=1795291340,v0=cf891d4844f27fad671119492ca085653039a487ed91b2af8f03fe87fa4c6669";
    const now = at(1795291400);
    expect(
      verifyWebhookSignature({ header, rawBody: raw.replace("Alex", "Alec"), secret: SECRET, now }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      verifyWebhookSignature({ header, rawBody: JSON.stringify(JSON.parse(raw)), secret: SECRET, now }).ok,
    ).toBe(false);
    expect(verifyWebhookSignature({ header, rawBody: raw, secret: "wsec_other", now }).ok).toBe(false);
    expect(verifyWebhookSignature({ header, rawBody: raw, secret: undefined, now }).ok).toBe(false);
  });

  it("rejects signatures older than 30 minutes and accepts them just inside", () => {
    const raw = '{"type":"post_call_transcription"}';
    const t = 1795291340;
    const header = signElevenLabsWebhook(raw, SECRET, t);
    expect(
      verifyWebhookSignature({ header, rawBody: raw, secret: SECRET, now: at(t + 30 * 60 - 1) }),
    ).toEqual({
      ok: true,
    });
    expect(
      verifyWebhookSignature({ header, rawBody: raw, secret: SECRET, now: at(t + 30 * 60 + 1) }),
    ).toEqual({
      ok: false,
      reason: "stale",
    });
  });

  it("rejects missing and malformed headers", () => {
    const now = at(1795291340);
    for (const header of [null, "", "v0=abc", "t=123", "t=abc,v0=zz", "garbage"]) {
      const result = verifyWebhookSignature({ header, rawBody: "{}", secret: SECRET, now });
      expect(result.ok).toBe(false);
    }
  });
});
