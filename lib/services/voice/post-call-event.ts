// The post-call webhook body, parsed leniently (ElevenLabs adds fields over time): the event
// type, and for `post_call_transcription` the conversation id, the player it belongs to and
// the transcript lines that carry words. Field shapes: fixtures/elevenlabs/post-call-transcription.json.
// Times are bounded (a call lasts less than a day, it started after 1970 and before 2100), so a
// nonsense value is a 400 instead of an invalid date reaching the database.
import { z } from "zod";
import { VOICE_CONFIG } from "@/lib/voice/config";

/** 2100-01-01 in Unix seconds: no call starts later. */
const LATEST_START_UNIX_SECS = 4_102_444_800;
const callSeconds = (field: string) =>
  z
    .number()
    .finite()
    .nonnegative()
    .max(VOICE_CONFIG.maxCallSecs, `${field} must be at most ${VOICE_CONFIG.maxCallSecs} seconds.`);

export const envelopeSchema = z.looseObject({ type: z.string().min(1).max(100), data: z.unknown() });

const transcriptEntrySchema = z.looseObject({
  role: z.string(),
  message: z.string().nullish(),
  time_in_call_secs: callSeconds("time_in_call_secs").nullish(),
});

export const transcriptionDataSchema = z.looseObject({
  conversation_id: z.string().min(1).max(200),
  user_id: z.string().nullish(),
  transcript: z.array(transcriptEntrySchema).max(5000).default([]),
  metadata: z
    .looseObject({
      start_time_unix_secs: z
        .number()
        .finite()
        .nonnegative()
        .max(LATEST_START_UNIX_SECS, "start_time_unix_secs must be a Unix time before 2100.")
        .nullish(),
      call_duration_secs: callSeconds("call_duration_secs").nullish(),
    })
    .nullish(),
  conversation_initiation_client_data: z
    .looseObject({
      user_id: z.string().nullish(),
      dynamic_variables: z.record(z.string(), z.unknown()).nullish(),
    })
    .nullish(),
});

export type TranscriptionData = z.infer<typeof transcriptionDataSchema>;

export type CallLine = { role: "player" | "nikita"; content: string; at: Date };

const uuid = z.guid();

/** The player the call belongs to: the user id we started it with, else the dynamic variable. */
export function callPlayerId(data: TranscriptionData): string | null {
  const candidates = [
    data.user_id,
    data.conversation_initiation_client_data?.user_id,
    data.conversation_initiation_client_data?.dynamic_variables?.player_id,
  ];
  for (const c of candidates) if (uuid.safeParse(c).success) return c as string;
  return null;
}

/** Start and end of the call (falls back to `now` when ElevenLabs sends no metadata). */
export function callWindow(data: TranscriptionData, now: Date): { start: Date; end: Date } {
  const startSecs = data.metadata?.start_time_unix_secs;
  const start = typeof startSecs === "number" ? new Date(startSecs * 1000) : now;
  const duration = data.metadata?.call_duration_secs ?? 0;
  const end = new Date(Math.min(now.getTime(), start.getTime() + duration * 1000));
  return { start, end: end < start ? start : end };
}

/** The spoken lines, oldest first, with their time in the call (never after the call ended). */
export function callLines(
  data: TranscriptionData,
  window: { start: Date; end: Date },
  maxLines: number,
): CallLine[] {
  const { start, end } = window;
  const lines: CallLine[] = [];
  for (const entry of data.transcript) {
    const content = entry.message?.trim();
    if (!content) continue;
    if (entry.role !== "user" && entry.role !== "agent") continue;
    lines.push({
      role: entry.role === "user" ? "player" : "nikita",
      content: content.slice(0, 4000),
      at: new Date(
        Math.min(end.getTime(), start.getTime() + Math.round((entry.time_in_call_secs ?? 0) * 1000)),
      ),
    });
    if (lines.length >= maxLines) break;
  }
  return lines;
}
