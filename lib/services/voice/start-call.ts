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
import { createLogger } from "@/lib/logger";
import { attemptCall, type CallDecision, previewCall, releaseCallAttempt } from "@/lib/voice/availability";
import { buildCallSetup, toInitiationResponse, toSessionOptions } from "@/lib/voice/call-setup";
import { fetchSignedUrl } from "@/lib/voice/elevenlabs-api";
import { callRefusalLine } from "@/lib/voice/lines";
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

function identify(body: z.infer<typeof initiationRequestSchema>, now: Date, tokenSecret: string): Identified {
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
  if (typeof candidate !== "string") {
    throw new AppError(
      "bad_request:voice_player",
      "Identify the player with voice_token, player_id or user_id (a player id).",
    );
  }
  return { playerId: candidate, preApproved: false };
}

function refuse(
  decision: Extract<CallDecision, { available: false }> | { reason: string; line: string },
): never {
  throw new AppError("conflict:call_refused", decision.line, { reason: decision.reason });
}

export async function answerInitiation(
  deps: ToolDeps,
  params: { body: unknown; now: Date; rng: Rng; tokenSecret: string },
) {
  const { now, rng, tokenSecret } = params;
  const body = initiationRequestSchema.parse(params.body);
  const { playerId, preApproved } = identify(body, now, tokenSecret);
  if (preApproved) {
    const [row] = await deps.db
      .select({ status: players.status, chapter: players.chapter })
      .from(players)
      .where(eq(players.id, playerId));
    if (!row) throw new AppError("not_found:player", "No player belongs to this call.");
    const look = previewCall({ ...row, lastCallAt: null }, now, rng);
    if (!look.canCall) refuse(look);
  } else {
    const decision = await deps.db.transaction((tx) => attemptCall(tx, { playerId, now, rng }));
    if (!decision) throw new AppError("not_found:player", "No player belongs to this call.");
    if (!decision.available) refuse(decision);
  }
  const setup = await buildCallSetup(deps, { playerId, now, secret: tokenSecret, rng });
  if (!setup) throw new AppError("not_found:player", "No player belongs to this call.");
  return toInitiationResponse(setup);
}
