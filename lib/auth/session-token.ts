// Local-auth sessions: an HS256 JWT (env.authSecret) carrying the same claims Supabase Auth
// puts in its access tokens, so everything downstream (RLS claims, admin checks) reads one
// shape. A session lasts 7 days and is re-issued by proxy.ts once past half its life, so an
// active player stays signed in and an idle one is signed out after a week.
import { randomUUID } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { parseSessionClaims, type SessionClaims } from "./claims";

export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60;
/** Past this age a valid session is re-issued with a fresh expiry. */
export const SESSION_REFRESH_AFTER_SECONDS = SESSION_TTL_SECONDS / 2;
export const LOCAL_SESSION_ISSUER = "nikita/local-auth";
const AUDIENCE = "authenticated";
const ALGORITHM = "HS256";

/** How the session was established; `otp` means the player proved control of the email. */
export type SignInMethod = "otp" | "telegram";

export type SessionSubject = {
  id: string;
  email: string | null;
  appMetadata: Record<string, unknown>;
  userMetadata: Record<string, unknown>;
};

export type VerifyOutcome =
  | { status: "valid"; claims: SessionClaims }
  | { status: "expired" }
  | { status: "invalid" };

const keyFrom = (secret: string) => new TextEncoder().encode(secret);
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

async function sign(claims: SessionClaims, secret: string): Promise<string> {
  return new SignJWT({ ...claims }).setProtectedHeader({ alg: ALGORITHM, typ: "JWT" }).sign(keyFrom(secret));
}

/** A new session for `user`, Supabase-shaped (compare fixtures/supabase/jwt-claims-authenticated.json). */
export async function issueSessionToken(params: {
  user: SessionSubject;
  method: SignInMethod;
  secret: string;
  now: Date;
}): Promise<{ token: string; claims: SessionClaims }> {
  const iat = seconds(params.now);
  const provider = params.method === "telegram" ? "telegram" : "email";
  const claims: SessionClaims = {
    iss: LOCAL_SESSION_ISSUER,
    sub: params.user.id,
    aud: AUDIENCE,
    exp: iat + SESSION_TTL_SECONDS,
    iat,
    email: params.user.email ?? "",
    phone: "",
    app_metadata: { provider, providers: [provider], ...params.user.appMetadata },
    user_metadata: params.user.userMetadata,
    role: "authenticated",
    aal: "aal1",
    amr: [{ method: params.method, timestamp: iat }],
    session_id: randomUUID(),
    is_anonymous: false,
  };
  return { token: await sign(claims, params.secret), claims };
}

/** Checks signature (HS256 only), issuer, audience and expiry at `now`, then the claim shape. */
export async function verifySessionToken(
  token: string,
  params: { secret: string; now: Date },
): Promise<VerifyOutcome> {
  try {
    const { payload } = await jwtVerify(token, keyFrom(params.secret), {
      algorithms: [ALGORITHM],
      issuer: LOCAL_SESSION_ISSUER,
      audience: AUDIENCE,
      currentDate: params.now,
      requiredClaims: ["exp", "iat", "sub"],
    });
    const claims = parseSessionClaims(payload);
    return claims ? { status: "valid", claims } : { status: "invalid" };
  } catch (error) {
    return error instanceof joseErrors.JWTExpired ? { status: "expired" } : { status: "invalid" };
  }
}

/** The same session with a fresh 7-day expiry, or null while it is younger than half its life. */
export async function refreshSessionToken(
  claims: SessionClaims,
  params: { secret: string; now: Date },
): Promise<{ token: string; claims: SessionClaims } | null> {
  const now = seconds(params.now);
  if (now - claims.iat < SESSION_REFRESH_AFTER_SECONDS) return null;
  const refreshed: SessionClaims = { ...claims, iat: now, exp: now + SESSION_TTL_SECONDS };
  return { token: await sign(refreshed, params.secret), claims: refreshed };
}
