// Voice-call plumbing settings (not game rules, which live in lib/engine/rules.ts): token and
// webhook lifetimes, header names, and the ElevenLabs API base. Game numbers for calls
// (pick-up probabilities, the gap between calls) are VOICE_RULES in the engine.
import { TIME } from "@/lib/engine/rules";

export const VOICE_CONFIG = {
  /** A per-call token is valid this long after the call starts. */
  tokenTtlMs: 30 * TIME.msPerMinute,
  /** Post-call webhooks signed longer ago than this are rejected (the SDK's tolerance). */
  signatureToleranceMs: 30 * TIME.msPerMinute,
  /** Header that carries ELEVENLABS_TOOL_SECRET on server tools and the initiation webhook. */
  secretHeader: "x-nikita-voice-secret",
  /** Header that may carry the per-call token (the body field `voice_token` works too). */
  tokenHeader: "x-nikita-voice-token",
  signatureHeader: "elevenlabs-signature",
  defaultApiBase: "https://api.elevenlabs.io",
  /** Largest raw post-call body accepted (transcripts of long calls stay far below). */
  maxWebhookBytes: 2_000_000,
  /** Recent lines get_context returns, and memories recalled per call. */
  contextLines: 8,
  memoriesPerCall: 6,
  maxMemoryLimit: 10,
  /** No call lasts longer: larger times in a post-call body are refused as malformed. */
  maxCallSecs: 24 * 60 * 60,
  /** Transcript lines stored from one call (the rest of a marathon call is dropped). */
  maxTranscriptLines: 400,
  /** A boss opening or goodbye triggered by a call is texted this long after it is processed. */
  followUpDelayMs: TIME.msPerMinute,
} as const;
