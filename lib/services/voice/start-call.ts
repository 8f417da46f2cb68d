// Starting a call. From the portal (`startWebCall`): decide whether she picks up (GAME.md
// §11), then fetch an ElevenLabs signed URL and hand the browser everything the agent needs;
// if ElevenLabs cannot be reached, the attempt is given back. From the conversation-
// initiation webhook (`answerInitiation`): identify the player — by a per-call token already
// issued to the browser (the call was approved then, only an ended game refuses it now), or by
// the player id for calls that did not start in the portal (the pick-up decision runs here).
import { eq } from "drizzle-orm";
import { z } from "zod";
import { players } from "@/db/schema";
import type { ToolDeps } from "@/lib/agents/tools";
import type { Rng } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { createLogger } from "@/lib/observability/logger";
import { attemptCall, type CallDecision, previewCall, releaseCallAttempt } from "@/lib/voice/availability";
import {
  buildCallSetup,
  toInitiationResponse,
  toRefusalResponse,
  toSessionOptions,
} from "@/lib/voice/call-setup";
import { fetchSignedUrl } from "@/lib/voice/elevenlabs-api";
import { type CallRefusal, callRefusalLine } from "@/lib/voice/lines";
import { verifyVoiceToken } from "@/lib/voice/token";

const log = createLogger("voice.start");

export type WebCallConfig = { apiKey: string; agentId: string; apiBase?: string; tokenSecret: string };

export type WebCallResult =
  | { available: true; signedUrl: string; session: ReturnType<typeof toSessionOptions>; expiresAt: string }
  | { available: false; reason: string; line: string };

/** The player behind a portal session, or null when the auth user has none yet. */
export async function playerIdForAuthUser(deps: ToolDeps, authUserId: string): Promise<string | null> {
  const [row] = await deps.db
    .select({ id: players.id })
    .from(players)
    .where(eq(players.authUserId, authUserId));
  return row?.id ?? null;
}

export async function startWebCall(
  deps: ToolDeps,
  params: { playerId: string; now: Date; rng: Rng; config: WebCallConfig },
): Promise<WebCallResult> {
  const { playerId, now, rng, config } = params;
  const decision = await deps.db.transaction((tx) => attemptCall(tx, { playerId, now, rng }));
  if (!decision)
    return { available: false, reason: "not_started", line: callRefusalLine("not_started", rng) };
  if (!decision.available) return { available: false, reason: decision.reason, line: decision.line };
  const setup = await buildCallSetup(deps, { playerId, now, secret: config.tokenSecret, rng });
  try {
    if (!setup) throw new Error("player vanished while starting a call");
    const signedUrl = await fetchSignedUrl({
      apiKey: config.apiKey,
      agentId: config.agentId,
      apiBase: config.apiBase,
    });
    return {
      available: true,
      signedUrl,
      session: toSessionOptions(setup),
      expiresAt: setup.tokenExpiresAt.toISOString(),
    };
  } catch (error) {
    log.warn("could not place the call; attempt given back", { playerId, error });
    await releaseCallAttempt(deps.db, {
      playerId,
      previousLastCallAt: decision.previousLastCallAt,
      attemptedAt: now,
    });
    throw new AppError("unavailable:voice_provider", callRefusalLine("line_trouble", rng));
  }
}

export const initiationRequestSchema = z.looseObject({
  voice_token: z.string().max(2000).optional(),
  player_id: z.string().max(100).optional(),
  user_id: z.string().max(100).optional(),
  dynamic_variables: z.record(z.string(), z.unknown()).optional(),
});

type Identified = { playerId: string; preApproved: boolean };

/**
 * The player behind the call: by the per-call token (a bad token is a 401), else by a player
 * id in the body; null when the call names no player at all (e.g. a phone call from a number
 * nobody linked: ElevenLabs sends only caller_id, agent_id, called_number, call_sid).
 */
function identify(
  body: z.infer<typeof initiationRequestSchema>,
  now: Date,
  tokenSecret: string,
): Identified | null {
  const token = body.voice_token ?? body.dynamic_variables?.voice_token;
  if (typeof token === "string") {
    const check = verifyVoiceToken(token, { now, secret: tokenSecret });
    if (!check.ok)
      throw new AppError(`unauthorized:voice_token_${check.reason}`, "The voice_token is not valid.");
    return { playerId: check.playerId, preApproved: true };
  }
  const candidate = [body.player_id, body.user_id, body.dynamic_variables?.player_id].find(
    (v) => typeof v === "string" && z.guid().safeParse(v).success,
  );
  return typeof candidate === "string" ? { playerId: candidate, preApproved: false } : null;
}

/** A call she does not take: logged with its reason, answered with her line (see toRefusalResponse). */
function refuse(
  decision: Extract<CallDecision, { available: false }> | { reason: CallRefusal; line: string },
  playerId: string | null,
) {
  log.info("call refused in character", { playerId, reason: decision.reason });
  return toRefusalResponse(decision.line);
}

/**
 * The conversation-initiation answer. Always the initiation data once the caller is
 * identified in form (a malformed body or a bad token is still a 4xx): a call she will not take
 * — ended game, unknown caller, declined, too soon — is a 200 whose first message is her
 * refusal, so the call says something human instead of failing.
 */
export async function answerInitiation(
  deps: ToolDeps,
  params: { body: unknown; now: Date; rng: Rng; tokenSecret: string },
) {
  const { now, rng, tokenSecret } = params;
  const body = initiationRequestSchema.parse(params.body);
  const caller = identify(body, now, tokenSecret);
  const unknownCaller = { reason: "not_started" as const, line: callRefusalLine("not_started", rng) };
  if (!caller) return refuse(unknownCaller, null);
  const { playerId, preApproved } = caller;
  if (preApproved) {
    const [row] = await deps.db
      .select({ status: players.status, chapter: players.chapter })
      .from(players)
      .where(eq(players.id, playerId));
    if (!row) return refuse(unknownCaller, playerId);
    const look = previewCall({ ...row, lastCallAt: null }, now, rng);
    if (!look.canCall) return refuse(look, playerId);
  } else {
    const decision = await deps.db.transaction((tx) => attemptCall(tx, { playerId, now, rng }));
    if (!decision) return refuse(unknownCaller, playerId);
    if (!decision.available) return refuse(decision, playerId);
  }
  const setup = await buildCallSetup(deps, { playerId, now, secret: tokenSecret, rng });
  if (!setup) return refuse(unknownCaller, playerId);
  return toInitiationResponse(setup);
}
