/**
 * Fake ElevenLabs signed-url endpoint (elevenlabs.ts) and webhook signing/builders
 * (elevenlabs-signing.ts). No ElevenLabs SDK is installed, so calls use fetch like the app.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeElevenLabs, startFakeElevenLabs } from "./elevenlabs";
import {
  buildCallInitiationFailure,
  buildConversationInitiationRequest,
  buildPostCallTranscription,
  sendElevenLabsWebhook,
  signElevenLabsWebhook,
  toRawBody,
  transcriptTurn,
} from "./elevenlabs-signing";
import { fixturesDir, fixtureText } from "./fixture-files";

let el: FakeElevenLabs;
const AGENT = "agent_01fakefixturenikitaagent0";
const signedUrl = (headers: Record<string, string>, agentId: string | null = AGENT) =>
  fetch(`${el.url}/v1/convai/conversation/get-signed-url${agentId ? `?agent_id=${agentId}` : ""}`, {
    headers,
  });

beforeAll(async () => {
  el = await startFakeElevenLabs({ apiKey: "xi-fake-key" });
});
afterEach(() => el.reset());
afterAll(() => el.close());

describe("fake ElevenLabs get-signed-url", () => {
  it("returns a fresh wss URL for the agent with a valid xi-api-key", async () => {
    const a = await signedUrl({ "xi-api-key": "xi-fake-key" });
    const b = await signedUrl({ "xi-api-key": "xi-fake-key" });
    expect(a.status).toBe(200);
    const { signed_url } = (await a.json()) as { signed_url: string };
    const second = ((await b.json()) as { signed_url: string }).signed_url;
    expect(signed_url).toMatch(
      /^wss:\/\/api\.elevenlabs\.io\/v1\/convai\/conversation\?agent_id=agent_01fakefixturenikitaagent0&conversation_signature=\S+$/,
    );
    expect(second).not.toBe(signed_url);
    expect(el.issued.map((i) => i.signedUrl)).toEqual([signed_url, second]);
    expect(el.calls[0]).toMatchObject({ apiKey: "xi-fake-key", agentId: AGENT, status: 200 });
  });

  it("401 needs_authorization without a key, invalid_api_key with a wrong one", async () => {
    const none = await signedUrl({});
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ detail: { status: "needs_authorization" } });
    const wrong = await signedUrl({ "xi-api-key": "nope" });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ detail: { status: "invalid_api_key" } });
  });

  it("422 without agent_id, 404 for unknown agents, injected failures", async () => {
    expect((await signedUrl({ "xi-api-key": "xi-fake-key" }, null)).status).toBe(422);
    const strict = await startFakeElevenLabs({ agents: [AGENT], signedUrlBase: "ws://127.0.0.1:1/ws" });
    try {
      const res = await fetch(`${strict.url}/v1/convai/conversation/get-signed-url?agent_id=other`, {
        headers: { "xi-api-key": "k" },
      });
      expect(res.status).toBe(404);
      const ok = await fetch(`${strict.url}/v1/convai/conversation/get-signed-url?agent_id=${AGENT}`, {
        headers: { "xi-api-key": "k" },
      });
      expect(((await ok.json()) as { signed_url: string }).signed_url).toMatch(
        /^ws:\/\/127\.0\.0\.1:1\/ws\?agent_id=/,
      );
    } finally {
      await strict.close();
    }
    el.failNext(429);
    expect((await signedUrl({ "xi-api-key": "xi-fake-key" })).status).toBe(429);
    expect((await signedUrl({ "xi-api-key": "xi-fake-key" })).status).toBe(200);
  });
});

describe("ElevenLabs webhook signing", () => {
  const SECRET = "wsec_FAKEfixtureSecret0001";

  it("reproduces the README worked examples from the builders' bytes", () => {
    const postCall = toRawBody(buildPostCallTranscription());
    expect(Buffer.byteLength(postCall)).toBe(6170);
    expect(signElevenLabsWebhook(postCall, SECRET, 1795291340)).toBe(
      "t=1795291340,v0=cf891d4844f27fad671119492ca085653039a487ed91b2af8f03fe87fa4c6669",
    );
    const failure = toRawBody(buildCallInitiationFailure());
    expect(Buffer.byteLength(failure)).toBe(819);
    expect(signElevenLabsWebhook(failure, SECRET, 1795294833)).toBe(
      "t=1795294833,v0=2ac60987295826bf83330da2517e32444940ae7b4d59763d46dba1d1cd9a0740",
    );
  });

  it.skipIf(!fixturesDir)("builders equal the fixture files byte for byte", () => {
    expect(toRawBody(buildPostCallTranscription())).toBe(
      fixtureText("elevenlabs/post-call-transcription.json"),
    );
    expect(toRawBody(buildCallInitiationFailure())).toBe(
      fixtureText("elevenlabs/call-initiation-failure.json"),
    );
    expect(toRawBody(buildConversationInitiationRequest())).toBe(
      fixtureText("elevenlabs/conversation-initiation-request.json"),
    );
    expect(
      signElevenLabsWebhook(fixtureText("elevenlabs/post-call-transcription.json"), SECRET, 1795291340),
    ).toMatch(/v0=cf891d48/);
  });

  it("builders take overrides", () => {
    const p = buildPostCallTranscription({
      conversationId: "conv_x",
      userId: "player-9",
      transcript: [transcriptTurn("user", "hi", 1)],
      analysis: { call_successful: "failure" },
    }) as { data: Record<string, never> };
    expect(p.data.conversation_id).toBe("conv_x");
    expect(p.data.transcript).toHaveLength(1);
    expect(p.data.analysis).toMatchObject({
      call_successful: "failure",
      call_summary_title: "Sister's new job",
    });
    expect(p.data.conversation_initiation_client_data).toMatchObject({
      user_id: "player-9",
      dynamic_variables: { player_id: "player-9", system__conversation_id: "conv_x" },
    });
    expect(buildConversationInitiationRequest({ callerId: "+1" })).toMatchObject({
      caller_id: "+1",
      agent_id: AGENT,
    });
  });

  it("sendElevenLabsWebhook posts a signature a receiver can verify over the raw body", async () => {
    const received: { ok: boolean; type?: string }[] = [];
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const header = String(req.headers["elevenlabs-signature"] ?? "");
        const t = /t=(\d+)/.exec(header)?.[1] ?? "";
        const v0 = /v0=([0-9a-f]+)/.exec(header)?.[1] ?? "";
        const expected = createHmac("sha256", SECRET).update(`${t}.${raw}`).digest("hex");
        const ok = v0.length === expected.length && timingSafeEqual(Buffer.from(v0), Buffer.from(expected));
        received.push({ ok, type: ok ? (JSON.parse(raw) as { type: string }).type : undefined });
        res.writeHead(ok ? 200 : 401).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/voice/webhook`;
    try {
      expect(
        (await sendElevenLabsWebhook(url, buildPostCallTranscription(), { secret: SECRET })).status,
      ).toBe(200);
      expect(
        (await sendElevenLabsWebhook(url, toRawBody(buildCallInitiationFailure()), { secret: "other" }))
          .status,
      ).toBe(401);
      expect(received).toEqual([
        { ok: true, type: "post_call_transcription" },
        { ok: false, type: undefined },
      ]);
    } finally {
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });
});
