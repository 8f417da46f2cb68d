// Local auth (no Supabase env): the same magic-link flow a player gets from Supabase, with the
// "email" delivered to the dev mailbox table (and the server log) in development, and over
// SMTP_URL in production. A link
// is a single-use 10-minute code (stored hashed); following it confirms the address, makes
// sure a player's row exists (an admin gets none), and yields a 7-day session token. At most a handful of links
// per address per 10 minutes, so nobody can flood an inbox. Telegram `/portal` links sign a
// Telegram player in the same way, as an auth user with an unverifiable placeholder address.
import type { DbOrTx } from "@/db";
import { devMailbox } from "@/db/schema";
import { env } from "@/lib/env";
import { createSmtpMailer, type Mailer } from "@/lib/integrations/email/smtp";
import { createLogger } from "@/lib/observability/logger";
import { getPlayerIdentity, linkPlayerToAuthUser, playerRowAtSignIn } from "@/lib/services/ensure-player";
import {
  consumeLinkCode,
  countRecentLinkCodes,
  createLinkCode,
  LINK_CODE_TTL_MS,
} from "@/lib/services/link-codes";
import {
  type AuthUser,
  findOrCreateAuthUserByEmail,
  findOrCreateTelegramAuthUser,
  getAuthUser,
  recordSignIn,
} from "./auth-users";
import { isAdminClaims, type SessionClaims } from "./claims";
import { landingAfterSignIn } from "./landing";
import { safeNextPath } from "./safe-next-path";
import { issueSessionToken, type SessionSubject } from "./session-token";

const log = createLogger("auth.local");

/** Sign-in links one address may be sent per link lifetime. */
export const MAX_MAGIC_LINKS_PER_WINDOW = 5;
const MAGIC_LINK_SUBJECT = "Your sign-in link for Nikita";

export type MagicLinkRequest = { status: "sent"; link: string } | { status: "throttled" };

export type SignInOutcome =
  /** `playerId` is null for an admin who does not play (admins get no player row). */
  | { status: "ok"; token: string; claims: SessionClaims; playerId: string | null; redirectTo: string }
  | { status: "unknown" | "used" | "expired" };

const subjectOf = (user: AuthUser): SessionSubject => ({
  id: user.id,
  email: user.email,
  appMetadata: user.rawAppMetaData,
  userMetadata: user.rawUserMetaData,
});

const magicLinkBody = (link: string) =>
  `Follow this link to sign in. It works once and expires in 10 minutes.\n\n${link}\n`;

export function confirmLinkUrl(appUrl: string, code: string, next: string): string {
  const params = new URLSearchParams({ token_hash: code, type: "magiclink", next });
  return `${appUrl}/auth/confirm?${params.toString()}`;
}

/** Creates (or finds) the auth user and "emails" them a single-use sign-in link. */
export async function requestLocalMagicLink(
  db: DbOrTx,
  params: { email: string; next?: string; now: Date; appUrl?: string },
  options: { mailer?: Mailer } = {},
): Promise<MagicLinkRequest> {
  const next = safeNextPath(params.next);
  const result = await db.transaction(async (tx): Promise<MagicLinkRequest & { userId?: string }> => {
    const user = await findOrCreateAuthUserByEmail(tx, { email: params.email, now: params.now });
    const email = user.email ?? params.email;
    const since = new Date(params.now.getTime() - LINK_CODE_TTL_MS);
    const recent = await countRecentLinkCodes(tx, { purpose: "magic_link", email, since });
    if (recent >= MAX_MAGIC_LINKS_PER_WINDOW) return { status: "throttled", userId: user.id };

    const { code } = await createLinkCode(tx, {
      purpose: "magic_link",
      authUserId: user.id,
      email,
      redirectTo: next,
      now: params.now,
    });
    const link = confirmLinkUrl(params.appUrl ?? env.appUrl, code, next);
    await tx.insert(devMailbox).values({
      toEmail: email,
      subject: MAGIC_LINK_SUBJECT,
      body: magicLinkBody(link),
      link,
      createdAt: params.now,
    });
    return { status: "sent", link, userId: user.id };
  });

  if (result.status === "throttled") {
    log.warn("magic link refused: too many requests", { authUserId: result.userId });
    return { status: "throttled" };
  }
  if (env.SMTP_URL) {
    // Production (and any setup with a relay): the link goes out by email. A relay failure is
    // logged and the player can ask again; the mail stays in dev_mailbox for development only.
    try {
      await (options.mailer ?? createSmtpMailer(env.SMTP_URL)).send({
        from: env.EMAIL_FROM,
        to: params.email,
        subject: MAGIC_LINK_SUBJECT,
        text: magicLinkBody(result.link),
      });
      log.info("magic link emailed", { authUserId: result.userId });
    } catch (error) {
      log.error("magic link could not be emailed", { authUserId: result.userId, error });
    }
  }
  // The link is a credential: it goes to the log only in development, where the log stays on
  // this machine — never in production.
  if (!env.isProduction) {
    log.info("magic link written to the dev mailbox", { authUserId: result.userId, link: result.link });
  }
  return { status: "sent", link: result.link };
}

/**
 * Follows a magic link: consumes the code, confirms the email, signs in, and ensures the
 * player row — for players only: an admin gets none and lands on /admin (see landing.ts).
 */
export async function confirmLocalMagicLink(
  db: DbOrTx,
  params: { tokenHash: string; now: Date; secret: string; adminEmailDomains?: readonly string[] },
): Promise<SignInOutcome> {
  return db.transaction(async (tx): Promise<SignInOutcome> => {
    const consumed = await consumeLinkCode(tx, {
      code: params.tokenHash,
      purpose: "magic_link",
      now: params.now,
    });
    if (consumed.status !== "ok") return { status: consumed.status };
    const { authUserId, redirectTo } = consumed.link;
    const user = authUserId
      ? await recordSignIn(tx, { id: authUserId, now: params.now, emailProven: true })
      : null;
    if (!user) return { status: "unknown" };

    const { token, claims } = await issueSessionToken({
      user: subjectOf(user),
      method: "otp",
      secret: params.secret,
      now: params.now,
    });
    const isAdmin = isAdminClaims(claims, params.adminEmailDomains);
    const { playerId, isNew } = await playerRowAtSignIn(tx, {
      authUserId: user.id,
      email: user.email,
      isAdmin,
    });
    log.info("signed in with magic link", { authUserId: user.id, playerId, isNewPlayer: isNew, isAdmin });
    const landing = landingAfterSignIn({ next: redirectTo, isAdmin, playsToo: playerId !== null });
    return { status: "ok", token, claims, playerId, redirectTo: landing };
  });
}

/**
 * Follows a Telegram `/portal` link: consumes the player-bound code and signs that player in,
 * creating an auth user (placeholder address) for a Telegram-only player.
 */
export async function confirmLocalPortalLogin(
  db: DbOrTx,
  params: { code: string; now: Date; secret: string },
): Promise<SignInOutcome> {
  return db.transaction(async (tx): Promise<SignInOutcome> => {
    const consumed = await consumeLinkCode(tx, {
      code: params.code,
      purpose: "portal_login",
      now: params.now,
    });
    if (consumed.status !== "ok") return { status: consumed.status };
    const { playerId, redirectTo } = consumed.link;
    if (!playerId) return { status: "unknown" };
    const player = await getPlayerIdentity(tx, { playerId });
    if (!player) return { status: "unknown" };

    let subject: SessionSubject | null = null;
    if (player.authUserId) {
      const existing = await recordSignIn(tx, { id: player.authUserId, now: params.now, emailProven: false });
      subject = existing
        ? subjectOf(existing)
        : { id: player.authUserId, email: player.email, appMetadata: {}, userMetadata: {} };
    } else {
      if (player.telegramId === null) return { status: "unknown" };
      const created = await findOrCreateTelegramAuthUser(tx, {
        telegramId: player.telegramId,
        now: params.now,
      });
      const linkedId = await linkPlayerToAuthUser(tx, { playerId, authUserId: created.id, now: params.now });
      const linked = linkedId ? await getAuthUser(tx, { id: linkedId }) : null;
      if (!linked) return { status: "unknown" };
      subject = subjectOf(
        (await recordSignIn(tx, { id: linked.id, now: params.now, emailProven: false })) ?? linked,
      );
    }

    const { token, claims } = await issueSessionToken({
      user: subject,
      method: "telegram",
      secret: params.secret,
      now: params.now,
    });
    log.info("signed in from a Telegram portal link", { authUserId: subject.id, playerId });
    return { status: "ok", token, claims, playerId, redirectTo: safeNextPath(redirectTo) };
  });
}
