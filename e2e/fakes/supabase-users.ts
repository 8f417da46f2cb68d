/**
 * User, session and OTP records for the fake Supabase Auth (GoTrue) server (see supabase-auth.ts).
 *
 * JSON shapes follow /work/shared/fixtures/README.md "supabase/": auth-user-response.json (User key
 * order; nil timestamps omitted; `identities[]` with identity_id/id/user_id/identity_data/provider/
 * email; user_metadata = identity data; email_verified true after confirmation),
 * jwt-claims-authenticated.json (claim order, `amr[{method,timestamp}]`, `phone` ""), and
 * verify-otp-response.json (`{access_token,token_type:"bearer",expires_in,expires_at,
 * refresh_token,user}`). Email OTP hashes follow GoTrue: token_hash = hex(SHA-224(email + code)).
 */
import { createHash, randomInt, randomUUID } from "node:crypto";
import { randomId } from "./http";

export type Json = Record<string, unknown>;

export interface FakeUser {
  id: string;
  identityId: string;
  email: string;
  phone: string;
  password?: string;
  appMetadata: Json;
  /** Custom metadata (merged over the identity data in user_metadata). */
  userMetadata: Json;
  createdAt: number;
  updatedAt: number;
  confirmationSentAt?: number;
  confirmedAt?: number;
  recoverySentAt?: number;
  lastSignInAt?: number;
  banned?: boolean;
}

export interface FakeSession {
  id: string;
  userId: string;
  aal: "aal1" | "aal2";
  amr: { method: string; timestamp: number }[];
  createdAt: number;
  revoked: boolean;
}

export interface RefreshTokenRecord {
  token: string;
  sessionId: string;
  /** Set when rotated: the token that replaced it and when. */
  replacedBy?: string;
  rotatedAt?: number;
}

/** An email "sent" by the fake: what the user would find in their inbox. */
export interface SentOtp {
  email: string;
  /** 6-digit code ({{ .Token }} in the email template). */
  code: string;
  /** {{ .TokenHash }}; prefixed "pkce_" when the request carried a code_challenge. */
  tokenHash: string;
  /** "magiclink" for confirmed users, "signup" for new/unconfirmed ones (verify with type "email" for both). */
  type: "magiclink" | "signup";
  /** {{ .ConfirmationURL }}: GET /auth/v1/verify?token=…&type=…&redirect_to=… */
  actionLink: string;
  redirectTo?: string;
  sentAt: number;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  /** Set once verified (codes are single-use). */
  usedAt?: number;
}

/** GoTrue's email OTP hash. */
export const emailTokenHash = (email: string, code: string) =>
  createHash("sha224")
    .update(email + code)
    .digest("hex");

export const newOtpCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0");
export const newRefreshToken = () => randomId(12).toLowerCase();
export { randomUUID };

/** GoTrue timestamps carry microseconds: 2026-11-14T09:12:41.503218Z. */
export const isoMicro = (ms: number) => new Date(ms).toISOString().replace(/Z$/, "000Z");

export function identityData(u: FakeUser): Json {
  return { email: u.email, email_verified: u.confirmedAt !== undefined, phone_verified: false, sub: u.id };
}

export function userJson(u: FakeUser): Json {
  const opt = (key: string, ms: number | undefined) => (ms === undefined ? {} : { [key]: isoMicro(ms) });
  return {
    id: u.id,
    aud: "authenticated",
    role: "authenticated",
    email: u.email,
    ...opt("email_confirmed_at", u.confirmedAt),
    phone: u.phone,
    ...opt("confirmation_sent_at", u.confirmationSentAt),
    ...opt("confirmed_at", u.confirmedAt),
    ...opt("recovery_sent_at", u.recoverySentAt),
    ...opt("last_sign_in_at", u.lastSignInAt),
    app_metadata: u.appMetadata,
    user_metadata: { ...identityData(u), ...u.userMetadata },
    identities: [
      {
        identity_id: u.identityId,
        id: u.id,
        user_id: u.id,
        identity_data: identityData(u),
        provider: "email",
        last_sign_in_at: isoMicro(u.createdAt),
        created_at: isoMicro(u.createdAt),
        updated_at: isoMicro(u.createdAt),
        email: u.email,
      },
    ],
    created_at: isoMicro(u.createdAt),
    updated_at: isoMicro(u.updatedAt),
    is_anonymous: false,
  };
}

/** Access-token claims in GoTrue's order (jwt-claims-authenticated.json). */
export function accessTokenClaims(
  u: FakeUser,
  s: FakeSession,
  issuer: string,
  iat: number,
  expiresIn: number,
): Json {
  return {
    iss: issuer,
    sub: u.id,
    aud: "authenticated",
    exp: iat + expiresIn,
    iat,
    email: u.email,
    phone: u.phone,
    app_metadata: u.appMetadata,
    user_metadata: { ...identityData(u), ...u.userMetadata },
    role: "authenticated",
    aal: s.aal,
    amr: s.amr,
    session_id: s.id,
    is_anonymous: false,
  };
}
