// Supabase Auth mode: the same sign-in flow as local auth, served by GoTrue. The magic link
// (email OTP) comes back to /auth/confirm and is verified with `verifyOtp({ type, token_hash })`
// (or a PKCE `code`); identity on the server always comes from `getClaims()` — a verified JWT —
// never from `getSession()`, whose contents are only what the cookie says. A Telegram
// `/portal` link signs the player in through the admin API (generate link → verify).
import { z } from "zod";
import { createLogger } from "@/lib/observability/logger";
import { parseSessionClaims, type SessionClaims, telegramPlaceholderEmail } from "./claims";
import type { CookieJar } from "./session-cookie";
import {
  createSupabaseAdminClient,
  createSupabaseServerClient,
  type SupabaseConfig,
} from "./supabase-client";

const log = createLogger("auth.supabase");

export const emailOtpTypeSchema = z.enum([
  "email",
  "magiclink",
  "signup",
  "invite",
  "recovery",
  "email_change",
]);
export type EmailOtpType = z.infer<typeof emailOtpTypeSchema>;

export type SupabaseLinkRequest = { status: "sent" } | { status: "throttled" } | { status: "failed" };
export type SupabaseConfirm =
  /** `appMetadata` is server-set (the admin role lives there), never the user's own metadata. */
  | { status: "ok"; userId: string; email: string | null; appMetadata: Record<string, unknown> }
  | { status: "expired" | "invalid" };

/** GoTrue error codes meaning "too many emails / requests", whatever the HTTP status. */
const THROTTLE_CODES = new Set([
  "over_email_send_rate_limit",
  "over_request_rate_limit",
  "over_sms_send_rate_limit",
]);

/** Asks GoTrue to email a magic link that returns to /auth/confirm?next=… */
export async function sendSupabaseMagicLink(
  config: SupabaseConfig,
  jar: CookieJar,
  params: { email: string; next: string; appUrl: string },
): Promise<SupabaseLinkRequest> {
  const supabase = createSupabaseServerClient(config, jar);
  const emailRedirectTo = `${params.appUrl}/auth/confirm?${new URLSearchParams({ next: params.next })}`;
  const { error } = await supabase.auth.signInWithOtp({
    email: params.email.trim().toLowerCase(),
    options: { emailRedirectTo, shouldCreateUser: true },
  });
  if (!error) return { status: "sent" };
  if (error.status === 429 || (error.code && THROTTLE_CODES.has(error.code))) return { status: "throttled" };
  log.warn("magic link request failed", { status: error.status, code: error.code });
  return { status: "failed" };
}

/** Verifies the emailed token hash (or PKCE code) and stores the session in `jar`. */
export async function confirmSupabaseLink(
  config: SupabaseConfig,
  jar: CookieJar,
  params: { tokenHash: string; type: EmailOtpType } | { code: string },
): Promise<SupabaseConfirm> {
  const supabase = createSupabaseServerClient(config, jar);
  const { data, error } =
    "code" in params
      ? await supabase.auth.exchangeCodeForSession(params.code)
      : await supabase.auth.verifyOtp({ type: params.type, token_hash: params.tokenHash });
  if (error || !data.user) {
    // GoTrue answers `otp_expired` for used and expired links alike.
    log.info("email link refused", { status: error?.status, code: error?.code });
    return { status: error?.code === "otp_expired" ? "expired" : "invalid" };
  }
  return {
    status: "ok",
    userId: data.user.id,
    email: data.user.email ?? null,
    appMetadata: data.user.app_metadata ?? {},
  };
}

/** The signed-in user's verified claims (JWKS or, for HS256 projects, the Auth server), or null. */
export async function readSupabaseClaims(
  config: SupabaseConfig,
  jar: CookieJar,
): Promise<SessionClaims | null> {
  const supabase = createSupabaseServerClient(config, jar);
  const { data, error } = await supabase.auth.getClaims();
  if (error || !data) return null;
  return parseSessionClaims(data.claims);
}

/** Ends this browser's session at GoTrue and clears its cookies. */
export async function signOutSupabase(config: SupabaseConfig, jar: CookieJar): Promise<void> {
  const supabase = createSupabaseServerClient(config, jar);
  const { error } = await supabase.auth.signOut({ scope: "local" });
  if (error) log.info("sign-out at the Auth server failed; cookies cleared anyway", { code: error.code });
}

export type SupabasePortalSignIn =
  | { status: "ok"; userId: string; createdUser: boolean }
  | { status: "unavailable" | "failed" };

/**
 * Signs a player in from a Telegram portal link: their auth user (or a new one with the
 * Telegram placeholder address), a server-generated magic link, verified at once so the
 * session lands in `jar`. Needs the service-role key.
 */
export async function signInSupabasePortalUser(
  config: SupabaseConfig,
  jar: CookieJar,
  params: { authUserId: string | null; telegramId: number | null },
): Promise<SupabasePortalSignIn> {
  const admin = createSupabaseAdminClient(config);
  if (!admin) return { status: "unavailable" };

  let email: string;
  let createdUser = false;
  if (params.authUserId) {
    const { data, error } = await admin.auth.admin.getUserById(params.authUserId);
    if (error || !data.user?.email) {
      log.warn("portal sign-in: auth user not found", { authUserId: params.authUserId, code: error?.code });
      return { status: "failed" };
    }
    email = data.user.email;
  } else if (params.telegramId !== null) {
    email = telegramPlaceholderEmail(params.telegramId);
    const { error } = await admin.auth.admin.createUser({
      email,
      // The placeholder is not an inbox; confirming it only lets GoTrue issue the link.
      email_confirm: true,
      app_metadata: { provider: "telegram", providers: ["telegram"] },
      user_metadata: { telegram_id: params.telegramId },
    });
    // `email_exists`: an earlier attempt created the user; the link below finds it.
    if (error && error.code !== "email_exists") {
      log.warn("portal sign-in: could not create auth user", { code: error.code });
      return { status: "failed" };
    }
    createdUser = !error;
  } else {
    return { status: "failed" };
  }

  const link = await admin.auth.admin.generateLink({ type: "magiclink", email });
  const tokenHash = link.data.properties?.hashed_token;
  const userId = link.data.user?.id;
  if (link.error || !tokenHash || !userId) {
    log.warn("portal sign-in: could not generate link", {
      authUserId: params.authUserId,
      code: link.error?.code,
    });
    return { status: "failed" };
  }
  const confirmed = await confirmSupabaseLink(config, jar, { tokenHash, type: "magiclink" });
  if (confirmed.status !== "ok" || confirmed.userId !== userId) return { status: "failed" };
  return { status: "ok", userId, createdUser };
}
