// Single-use, expiring link codes: portal ⇄ Telegram binding (`/start link_<code>`), Telegram
// `/portal` sign-in links, and local-auth magic links. The rule: a code is ≥128 random bits,
// only its SHA-256 is stored, it lives 10 minutes, and exactly one caller can ever consume it
// (an atomic conditional UPDATE), so a leaked or replayed link is worthless. Consumers get a
// distinct answer for unknown / already used / expired so the player can be told which.
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { type LinkCodePurpose, linkCodes } from "@/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export const LINK_CODE_TTL_MS = 10 * 60 * 1000;
/** 256 random bits → 43 url-safe characters; fits Telegram's 64-character `start` payload. */
const CODE_BYTES = 32;
export const TELEGRAM_LINK_PREFIX = "link_";

const codeSchema = z.string().regex(/^[A-Za-z0-9_-]{22,128}$/);

export function hashLinkCode(code: string): string {
  return createHash("sha256").update(code, "utf8").digest("hex");
}

export type LinkCodeBinding = {
  purpose: LinkCodePurpose;
  playerId: string | null;
  authUserId: string | null;
  email: string | null;
  redirectTo: string | null;
};

export type ConsumeLinkCodeResult =
  | { status: "ok"; link: LinkCodeBinding }
  | { status: "unknown" }
  | { status: "used"; usedAt: Date }
  | { status: "expired"; expiredAt: Date };

/** Creates a code bound to a player / auth user / email; returns the plain code (never stored). */
export async function createLinkCode(
  db: DbOrTx,
  params: {
    purpose: LinkCodePurpose;
    playerId?: string;
    authUserId?: string;
    email?: string;
    redirectTo?: string;
    now: Date;
  },
): Promise<{ code: string; expiresAt: Date }> {
  const code = randomBytes(CODE_BYTES).toString("base64url");
  const expiresAt = new Date(params.now.getTime() + LINK_CODE_TTL_MS);
  await db.insert(linkCodes).values({
    codeHash: hashLinkCode(code),
    purpose: params.purpose,
    playerId: params.playerId ?? null,
    authUserId: params.authUserId ?? null,
    email: params.email ?? null,
    redirectTo: params.redirectTo ?? null,
    expiresAt,
    createdAt: params.now,
  });
  return { code, expiresAt };
}

/**
 * Marks the code used if it exists for this purpose, is unused and unexpired — in one
 * statement, so of any number of concurrent consumers exactly one gets `ok`. A code for a
 * different purpose is reported `unknown` (it must not unlock anything here).
 */
export async function consumeLinkCode(
  db: DbOrTx,
  params: { code: string; purpose: LinkCodePurpose; now: Date },
): Promise<ConsumeLinkCodeResult> {
  if (!codeSchema.safeParse(params.code).success) return { status: "unknown" };
  const codeHash = hashLinkCode(params.code);
  const mine = and(eq(linkCodes.codeHash, codeHash), eq(linkCodes.purpose, params.purpose));
  const [claimed] = await db
    .update(linkCodes)
    .set({ usedAt: params.now })
    .where(and(mine, isNull(linkCodes.usedAt), gt(linkCodes.expiresAt, params.now)))
    .returning({
      purpose: linkCodes.purpose,
      playerId: linkCodes.playerId,
      authUserId: linkCodes.authUserId,
      email: linkCodes.email,
      redirectTo: linkCodes.redirectTo,
    });
  if (claimed) return { status: "ok", link: claimed };

  const [existing] = await db
    .select({ usedAt: linkCodes.usedAt, expiresAt: linkCodes.expiresAt })
    .from(linkCodes)
    .where(mine);
  if (!existing) return { status: "unknown" };
  if (existing.usedAt) return { status: "used", usedAt: existing.usedAt };
  return { status: "expired", expiredAt: existing.expiresAt };
}

/**
 * The player a code was issued for, whether or not it is still usable (null for an unknown
 * code or one bound to no player). Consumes nothing: for telling a player "that's your own
 * link" without burning another player's code.
 */
export async function linkCodeOwner(
  db: DbOrTx,
  params: { code: string; purpose: LinkCodePurpose },
): Promise<string | null> {
  if (!codeSchema.safeParse(params.code).success) return null;
  const [row] = await db
    .select({ playerId: linkCodes.playerId })
    .from(linkCodes)
    .where(and(eq(linkCodes.codeHash, hashLinkCode(params.code)), eq(linkCodes.purpose, params.purpose)));
  return row?.playerId ?? null;
}

/** How many codes of this purpose were issued to `email` since `since` (sign-in throttling). */
export async function countRecentLinkCodes(
  db: DbOrTx,
  params: { purpose: LinkCodePurpose; email: string; since: Date },
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(linkCodes)
    .where(
      and(
        eq(linkCodes.purpose, params.purpose),
        eq(linkCodes.email, params.email),
        gt(linkCodes.createdAt, params.since),
      ),
    );
  return row?.count ?? 0;
}

/** Portal → Telegram: a `https://t.me/<bot>?start=link_<code>` deep link that binds this player. */
export async function createTelegramLinkCode(
  db: DbOrTx,
  playerId: string,
  options: { now?: Date; botUsername?: string } = {},
): Promise<string> {
  const bot = options.botUsername ?? env.TELEGRAM_BOT_USERNAME;
  if (!bot) throw new AppError("unavailable:telegram", "Telegram is not configured on this server.");
  const { code } = await createLinkCode(db, {
    purpose: "telegram_link",
    playerId,
    now: options.now ?? new Date(),
  });
  return `https://t.me/${encodeURIComponent(bot)}?start=${TELEGRAM_LINK_PREFIX}${code}`;
}

/** The code inside a `/start` payload made by createTelegramLinkCode, or null for any other payload. */
export function parseTelegramStartPayload(payload: string): string | null {
  const trimmed = payload.trim();
  if (!trimmed.startsWith(TELEGRAM_LINK_PREFIX)) return null;
  const code = trimmed.slice(TELEGRAM_LINK_PREFIX.length);
  return codeSchema.safeParse(code).success ? code : null;
}

/** Telegram `/portal`: a one-time link that signs this player in to the web portal. */
export async function createPortalLoginLink(
  db: DbOrTx,
  params: { playerId: string; now: Date; redirectTo?: string },
): Promise<{ url: string; expiresAt: Date }> {
  const { code, expiresAt } = await createLinkCode(db, {
    purpose: "portal_login",
    playerId: params.playerId,
    redirectTo: params.redirectTo,
    now: params.now,
  });
  return { url: `${env.appUrl}/auth/telegram?code=${code}`, expiresAt };
}
