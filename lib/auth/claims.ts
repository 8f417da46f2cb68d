// Who is signed in, in one shape whichever provider issued the session: Supabase's access-
// token claims (local auth signs the same shape). And who is an admin: `app_metadata.role`
// (only the server can write app_metadata) or a *verified* email on an admin domain — never
// anything from `user_metadata`, which the user can edit.
//
// "Verified" is read from the session itself: the token's `amr` must show the player proved
// control of that inbox when signing in (a magic link or email code). A Telegram placeholder
// address is never verified.
import { z } from "zod";
import { env } from "@/lib/env";

/** Telegram players signed in from a `/portal` link get `tg-<id>@` this domain; it is not an inbox. */
export const TELEGRAM_PLACEHOLDER_DOMAIN = "telegram.local";

/** Supabase AMR methods that prove the user read a message sent to the address. */
const INBOX_PROOF_METHODS = new Set(["otp", "magiclink", "email/signup", "email_change", "invite"]);

const amrEntrySchema = z.looseObject({ method: z.string(), timestamp: z.number() });
const metadataSchema = z.record(z.string(), z.unknown());

export const sessionClaimsSchema = z
  .looseObject({
    iss: z.string().optional(),
    sub: z.guid(),
    aud: z.union([z.string(), z.array(z.string())]),
    exp: z.number(),
    iat: z.number(),
    email: z.string().optional(),
    phone: z.string().optional(),
    app_metadata: metadataSchema.default({}),
    user_metadata: metadataSchema.default({}),
    role: z.literal("authenticated"),
    aal: z.string().optional(),
    amr: z.array(amrEntrySchema).optional(),
    session_id: z.string().optional(),
    is_anonymous: z.boolean().optional(),
  })
  .refine((c) => (Array.isArray(c.aud) ? c.aud : [c.aud]).includes("authenticated"), {
    message: "audience must include authenticated",
  })
  .refine((c) => c.is_anonymous !== true, { message: "anonymous sessions are not players" });

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

/** Parses untrusted (already signature-checked) claims; null when they are not a player session. */
export function parseSessionClaims(value: unknown): SessionClaims | null {
  const parsed = sessionClaimsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function emailDomain(email: string | undefined | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf("@");
  if (at <= 0 || at === email.length - 1) return null;
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase();
}

export function telegramPlaceholderEmail(telegramId: number): string {
  return `tg-${telegramId}@${TELEGRAM_PLACEHOLDER_DOMAIN}`;
}

/** True when this session proved control of `claims.email` (and it is a real address). */
export function hasVerifiedEmail(claims: SessionClaims): boolean {
  const domain = emailDomain(claims.email);
  if (!domain || domain === TELEGRAM_PLACEHOLDER_DOMAIN) return false;
  return (claims.amr ?? []).some((entry) => INBOX_PROOF_METHODS.has(entry.method));
}

export function isAdminClaims(
  claims: SessionClaims | null | undefined,
  adminEmailDomains: readonly string[] = env.adminEmailDomains,
): boolean {
  if (!claims) return false;
  return isAdminAccount(
    { appMetadata: claims.app_metadata, email: claims.email, emailVerified: hasVerifiedEmail(claims) },
    adminEmailDomains,
  );
}

/**
 * The same rule for an account before its session exists (sign-in decides where an admin
 * lands and that no player row is made): server-set role, or a verified admin-domain address.
 */
export function isAdminAccount(
  account: { appMetadata: Record<string, unknown>; email?: string | null; emailVerified: boolean },
  adminEmailDomains: readonly string[] = env.adminEmailDomains,
): boolean {
  if (account.appMetadata.role === "admin") return true;
  if (!account.emailVerified) return false;
  const domain = emailDomain(account.email);
  return domain !== null && domain !== TELEGRAM_PLACEHOLDER_DOMAIN && adminEmailDomains.includes(domain);
}
