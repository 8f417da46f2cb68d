// The sign-in use-cases the (auth) routes call, one per step, each choosing the provider by
// auth mode: send a link, complete an emailed link, complete a Telegram portal link, sign
// out. Whatever the mode, a completed sign-in leaves a session cookie and a player row (an
// admin gets none: admins are not players unless they choose to play), and lands on a
// same-site path (an admin on /admin, see landing.ts).
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createLogger } from "@/lib/observability/logger";
import { getPlayerIdentity, linkPlayerToAuthUser, playerRowAtSignIn } from "@/lib/services/ensure-player";
import { consumeLinkCode } from "@/lib/services/link-codes";
import { isAdminAccount } from "./claims";
import { landingAfterSignIn } from "./landing";
import { confirmLocalMagicLink, confirmLocalPortalLogin, requestLocalMagicLink } from "./local-provider";
import { safeNextPath } from "./safe-next-path";
import { type CookieJar, SESSION_COOKIE_NAME, sessionCookieOptions } from "./session-cookie";
import { type SupabaseConfig, supabaseConfigFromEnv } from "./supabase-client";
import {
  confirmSupabaseLink,
  emailOtpTypeSchema,
  sendSupabaseMagicLink,
  signInSupabasePortalUser,
  signOutSupabase,
} from "./supabase-provider";

const log = createLogger("auth");

export type AuthContext = {
  mode: "local" | "supabase";
  db: Db;
  appUrl: string;
  now: Date;
  /** Local mode: the session signing secret. */
  secret?: string;
  /** Supabase mode: project URL and keys. */
  supabase?: SupabaseConfig;
  /** Admin email domains (ADMIN_EMAIL_DOMAINS by default). */
  adminEmailDomains?: readonly string[];
};

/**
 * `requestOrigin`: the visitor's own origin (see request-origin.ts). Local auth builds its
 * links from it, so they work on whatever port the server runs; Supabase mode uses APP_URL.
 */
export async function authContextFromEnv(
  options: { requestOrigin?: string | null } = {},
): Promise<AuthContext> {
  return {
    mode: env.authMode,
    db: await getDb(),
    // In production local-auth links are real emails (SMTP_URL): a forged Host must never
    // shape them, so only development follows the request's own origin.
    appUrl: (env.authMode === "local" && !env.isProduction ? options.requestOrigin : null) ?? env.appUrl,
    now: new Date(),
    secret: env.authSecret,
    supabase: env.authMode === "supabase" ? supabaseConfigFromEnv() : undefined,
  };
}

const localSecret = (ctx: AuthContext) => {
  if (!ctx.secret) throw new AppError("unavailable:auth", "Sign-in is not configured on this server.");
  return ctx.secret;
};
const supabaseConfig = (ctx: AuthContext) => {
  if (!ctx.supabase) throw new AppError("unavailable:auth", "Sign-in is not configured on this server.");
  return ctx.supabase;
};

export function setLocalSessionCookie(jar: CookieJar, token: string): void {
  jar.set(SESSION_COOKIE_NAME, token, sessionCookieOptions());
}

export type SendLinkResult = { status: "sent" | "throttled" | "failed" };

/** Step 1: email a single-use sign-in link that returns to `next`. */
export async function sendSignInLink(
  ctx: AuthContext,
  jar: CookieJar,
  params: { email: string; next?: string },
): Promise<SendLinkResult> {
  const next = safeNextPath(params.next);
  if (ctx.mode === "supabase") {
    return sendSupabaseMagicLink(supabaseConfig(ctx), jar, { email: params.email, next, appUrl: ctx.appUrl });
  }
  const result = await requestLocalMagicLink(ctx.db, {
    email: params.email,
    next,
    now: ctx.now,
    appUrl: ctx.appUrl,
  });
  return { status: result.status };
}

export type CompleteSignIn =
  | { status: "ok"; redirectTo: string }
  | { status: "used" | "expired" | "invalid" | "unavailable" };

export type ConfirmParams = { tokenHash?: string; type?: string; code?: string; next?: string };

/** Step 2: the emailed link came back to /auth/confirm; sign in, ensure the player, pick the destination. */
export async function completeEmailSignIn(
  ctx: AuthContext,
  jar: CookieJar,
  params: ConfirmParams,
): Promise<CompleteSignIn> {
  const type = emailOtpTypeSchema.safeParse(params.type);
  if (ctx.mode === "supabase") {
    const input = params.code
      ? { code: params.code }
      : params.tokenHash && type.success
        ? { tokenHash: params.tokenHash, type: type.data }
        : null;
    if (!input) return { status: "invalid" };
    const confirmed = await confirmSupabaseLink(supabaseConfig(ctx), jar, input);
    if (confirmed.status !== "ok") return confirmed;
    // The link just proved the inbox, so the address counts as verified for the admin rule.
    const isAdmin = isAdminAccount(
      { appMetadata: confirmed.appMetadata, email: confirmed.email, emailVerified: true },
      ctx.adminEmailDomains,
    );
    const { playerId, isNew } = await playerRowAtSignIn(ctx.db, {
      authUserId: confirmed.userId,
      email: confirmed.email,
      isAdmin,
    });
    log.info("signed in with Supabase email link", {
      authUserId: confirmed.userId,
      playerId,
      isNewPlayer: isNew,
      isAdmin,
    });
    return {
      status: "ok",
      redirectTo: landingAfterSignIn({ next: params.next, isAdmin, playsToo: playerId !== null }),
    };
  }

  if (!params.tokenHash || !type.success || !["magiclink", "email"].includes(type.data))
    return { status: "invalid" };
  const outcome = await confirmLocalMagicLink(ctx.db, {
    tokenHash: params.tokenHash,
    now: ctx.now,
    secret: localSecret(ctx),
    adminEmailDomains: ctx.adminEmailDomains,
  });
  if (outcome.status === "unknown") return { status: "invalid" };
  if (outcome.status !== "ok") return { status: outcome.status };
  setLocalSessionCookie(jar, outcome.token);
  return { status: "ok", redirectTo: outcome.redirectTo };
}

/** A Telegram `/portal` link: sign that player in (and link a new auth user to them if needed). */
export async function completePortalSignIn(
  ctx: AuthContext,
  jar: CookieJar,
  params: { code: string },
): Promise<CompleteSignIn> {
  if (ctx.mode === "local") {
    const outcome = await confirmLocalPortalLogin(ctx.db, {
      code: params.code,
      now: ctx.now,
      secret: localSecret(ctx),
    });
    if (outcome.status === "unknown") return { status: "invalid" };
    if (outcome.status !== "ok") return { status: outcome.status };
    setLocalSessionCookie(jar, outcome.token);
    return { status: "ok", redirectTo: outcome.redirectTo };
  }

  const consumed = await consumeLinkCode(ctx.db, {
    code: params.code,
    purpose: "portal_login",
    now: ctx.now,
  });
  if (consumed.status === "unknown") return { status: "invalid" };
  if (consumed.status !== "ok") return { status: consumed.status };
  const player = consumed.link.playerId
    ? await getPlayerIdentity(ctx.db, { playerId: consumed.link.playerId })
    : null;
  if (!player) return { status: "invalid" };
  const signedIn = await signInSupabasePortalUser(supabaseConfig(ctx), jar, {
    authUserId: player.authUserId,
    telegramId: player.telegramId,
  });
  if (signedIn.status !== "ok") return { status: "unavailable" };
  if (!player.authUserId) {
    await linkPlayerToAuthUser(ctx.db, {
      playerId: player.playerId,
      authUserId: signedIn.userId,
      now: ctx.now,
    });
  }
  log.info("signed in from a Telegram portal link", {
    authUserId: signedIn.userId,
    playerId: player.playerId,
  });
  return { status: "ok", redirectTo: safeNextPath(consumed.link.redirectTo) };
}

/** Ends the session in this browser. */
export async function signOut(ctx: AuthContext, jar: CookieJar): Promise<void> {
  if (ctx.mode === "supabase") {
    await signOutSupabase(supabaseConfig(ctx), jar);
    return;
  }
  jar.set(SESSION_COOKIE_NAME, "", sessionCookieOptions(0));
}
