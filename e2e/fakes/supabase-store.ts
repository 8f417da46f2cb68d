/**
 * In-memory state and rules of the fake Supabase Auth (GoTrue) server (HTTP layer: supabase-auth.ts).
 *
 * Behaviour mirrors supabase/auth (README "supabase/", source supabase/auth@bc32168): email OTP /
 * magic link (`/otp` → `/verify`), PKCE auth codes, refresh-token rotation with a reuse interval,
 * logout scopes, and GoTrue's error codes (otp_expired, bad_jwt, session_not_found,
 * refresh_token_not_found, refresh_token_already_used, invalid_credentials, …).
 */
import { createHash } from "node:crypto";
import type { SigningKeys } from "./supabase-jwt";
import {
  accessTokenClaims,
  emailTokenHash,
  type FakeSession,
  type FakeUser,
  type Json,
  newOtpCode,
  newRefreshToken,
  type RefreshTokenRecord,
  randomUUID,
  type SentOtp,
  userJson,
} from "./supabase-users";

export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface StoreOptions {
  issuer: string;
  nowMs: () => number;
  /** Access-token lifetime. Default 3600. */
  jwtExpirySeconds?: number;
  /** OTP / magic-link lifetime. Default 3600. */
  otpExpirySeconds?: number;
  /** A just-rotated refresh token may be reused for this long (GoTrue default 10s). */
  refreshTokenReuseIntervalSeconds?: number;
}

export interface CreateUserInput {
  email: string;
  id?: string;
  password?: string;
  app_metadata?: Json;
  user_metadata?: Json;
  /** Default true (a returning user). */
  confirmed?: boolean;
}

export interface TokenResponse {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  expires_at: number;
  refresh_token: string;
  user: Json;
}

const expired = () => new AuthError(403, "otp_expired", "Token has expired or is invalid");

export class AuthStore {
  readonly users = new Map<string, FakeUser>();
  readonly sessions = new Map<string, FakeSession>();
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  readonly otps: SentOtp[] = [];
  readonly authCodes = new Map<string, { userId: string; otp: SentOtp; createdAt: number }>();

  constructor(
    private readonly keys: SigningKeys,
    private readonly o: StoreOptions,
  ) {}

  private get now() {
    return this.o.nowMs();
  }

  createUser(input: CreateUserInput): FakeUser {
    const email = input.email.trim().toLowerCase();
    if (this.userByEmail(email)) {
      throw new AuthError(422, "email_exists", "A user with this email address has already been registered");
    }
    const now = this.now;
    const user: FakeUser = {
      id: input.id ?? randomUUID(),
      identityId: randomUUID(),
      email,
      phone: "",
      password: input.password,
      appMetadata: { provider: "email", providers: ["email"], ...input.app_metadata },
      userMetadata: { ...input.user_metadata },
      createdAt: now,
      updatedAt: now,
      ...(input.confirmed === false ? {} : { confirmationSentAt: now, confirmedAt: now }),
    };
    this.users.set(user.id, user);
    return user;
  }

  userByEmail(email: string): FakeUser | undefined {
    const e = email.trim().toLowerCase();
    return [...this.users.values()].find((u) => u.email === e);
  }

  /** POST /otp: creates the user if allowed and "sends" a code + link. */
  sendOtp(body: Json, verifyUrl: string, redirectTo: string | undefined): SentOtp {
    const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : "";
    if (!email.includes("@")) {
      throw new AuthError(400, "validation_failed", "Unable to validate email address: invalid format");
    }
    let user = this.userByEmail(email);
    if (!user) {
      if (body.create_user === false) throw new AuthError(422, "otp_disabled", "Signups not allowed for otp");
      user = this.createUser({
        email,
        confirmed: false,
        user_metadata: (body.data as Json | undefined) ?? {},
      });
    }
    const now = this.now;
    const type = user.confirmedAt === undefined ? "signup" : "magiclink";
    if (type === "signup") user.confirmationSentAt = now;
    else user.recoverySentAt = now;
    const code = newOtpCode();
    const pkce = typeof body.code_challenge === "string" && body.code_challenge !== "";
    const tokenHash = `${pkce ? "pkce_" : ""}${emailTokenHash(email, code)}`;
    const link = new URL(verifyUrl);
    link.searchParams.set("token", tokenHash);
    link.searchParams.set("type", type);
    if (redirectTo) link.searchParams.set("redirect_to", redirectTo);
    // Only the latest code per address stays valid, as GoTrue stores one token per user.
    for (const o of this.otps) if (o.email === email && o.usedAt === undefined) o.usedAt = now;
    const otp: SentOtp = {
      email,
      code,
      tokenHash,
      type,
      actionLink: link.toString(),
      redirectTo,
      sentAt: now,
      ...(pkce
        ? {
            codeChallenge: body.code_challenge as string,
            codeChallengeMethod: String(body.code_challenge_method ?? "s256"),
          }
        : {}),
    };
    this.otps.push(otp);
    return otp;
  }

  /** Finds a live OTP by token hash (link) or email + code; `type` as sent to /verify. */
  private findOtp(type: string, match: (o: SentOtp) => boolean): SentOtp {
    const otp = this.otps.find((o) => o.usedAt === undefined && match(o));
    const typeOk =
      otp && (type === "email" || type === otp.type || (type === "recovery" && otp.type === "magiclink"));
    if (!otp || !typeOk) throw expired();
    if (otp.sentAt + (this.o.otpExpirySeconds ?? 3600) * 1000 < this.now) throw expired();
    otp.usedAt = this.now;
    return otp;
  }

  private consume(params: Json): SentOtp {
    const type = String(params.type ?? "");
    if (!["email", "magiclink", "signup", "recovery", "invite"].includes(type)) {
      throw new AuthError(400, "validation_failed", "Verify requires a verification type");
    }
    if (typeof params.token_hash === "string") {
      const hash = params.token_hash.replace(/^pkce_/, "");
      return this.findOtp(type, (o) => o.tokenHash.replace(/^pkce_/, "") === hash);
    }
    if (typeof params.token === "string" && typeof params.email === "string") {
      const email = params.email.trim().toLowerCase();
      const hash = emailTokenHash(email, params.token.trim());
      return this.findOtp(type, (o) => o.email === email && o.tokenHash.replace(/^pkce_/, "") === hash);
    }
    throw new AuthError(
      400,
      "validation_failed",
      "Only an email address or phone number should be provided on verify",
    );
  }

  private signIn(otp: SentOtp): FakeUser {
    const user = this.userByEmail(otp.email);
    if (!user) throw expired();
    if (user.banned) throw new AuthError(403, "user_banned", "User is banned");
    user.confirmedAt ??= this.now;
    return user;
  }

  /** POST /verify with {type, token_hash} or {type, email, token}. */
  async verifyOtp(params: Json): Promise<TokenResponse> {
    return this.issueSession(this.signIn(this.consume(params)), "otp");
  }

  /** GET /verify (the email link): implicit flow gets tokens, PKCE gets an auth code. */
  async verifyLink(token: string, type: string): Promise<{ tokens?: TokenResponse; authCode?: string }> {
    const otp = this.consume({ type, token_hash: token });
    const user = this.signIn(otp);
    if (!otp.codeChallenge) return { tokens: await this.issueSession(user, "otp") };
    const authCode = randomUUID();
    this.authCodes.set(authCode, { userId: user.id, otp, createdAt: this.now });
    return { authCode };
  }

  /** POST /token?grant_type=pkce. */
  async exchangePkce(body: Json): Promise<TokenResponse> {
    const flow = this.authCodes.get(String(body.auth_code ?? ""));
    if (!flow)
      throw new AuthError(404, "flow_state_not_found", "invalid flow state, no valid flow state found");
    const verifier = String(body.code_verifier ?? "");
    const method = (flow.otp.codeChallengeMethod ?? "s256").toLowerCase();
    const computed =
      method === "plain" ? verifier : createHash("sha256").update(verifier).digest("base64url");
    if (computed !== flow.otp.codeChallenge) {
      throw new AuthError(
        403,
        "bad_code_verifier",
        "code challenge does not match previously saved code verifier",
      );
    }
    this.authCodes.delete(String(body.auth_code));
    return this.issueSession(this.users.get(flow.userId)!, "otp");
  }

  /** POST /token?grant_type=password. */
  async passwordGrant(body: Json): Promise<TokenResponse> {
    const user = typeof body.email === "string" ? this.userByEmail(body.email) : undefined;
    if (!user || user.password === undefined || user.password !== body.password) {
      throw new AuthError(400, "invalid_credentials", "Invalid login credentials");
    }
    return this.issueSession(user, "password");
  }

  /** POST /token?grant_type=refresh_token, rotating the token. */
  async refresh(body: Json): Promise<TokenResponse> {
    const record = this.refreshTokens.get(String(body.refresh_token ?? ""));
    const session = record && this.sessions.get(record.sessionId);
    if (!record || !session || session.revoked) {
      throw new AuthError(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
    }
    const user = this.users.get(session.userId);
    if (!user)
      throw new AuthError(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
    if (record.replacedBy) {
      const withinReuse =
        this.now - (record.rotatedAt ?? 0) <= (this.o.refreshTokenReuseIntervalSeconds ?? 10) * 1000;
      if (!withinReuse) {
        session.revoked = true;
        throw new AuthError(400, "refresh_token_already_used", "Invalid Refresh Token: Already Used");
      }
      return this.tokensFor(user, session, this.latest(record).token);
    }
    const next = newRefreshToken();
    record.replacedBy = next;
    record.rotatedAt = this.now;
    this.refreshTokens.set(next, { token: next, sessionId: session.id });
    return this.tokensFor(user, session, next);
  }

  private latest(record: RefreshTokenRecord): RefreshTokenRecord {
    let r = record;
    while (r.replacedBy) r = this.refreshTokens.get(r.replacedBy) ?? r;
    return r;
  }

  /** Validates `Authorization: Bearer <access token>` like GoTrue's requireAuthentication. */
  async authenticate(authorization: string | undefined): Promise<{ user: FakeUser; session: FakeSession }> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) throw new AuthError(401, "no_authorization", "This endpoint requires a valid Bearer token");
    let claims: Json;
    try {
      claims = (await this.keys.verify(token, Math.floor(this.now / 1000))) as Json;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new AuthError(403, "bad_jwt", `invalid JWT: unable to parse or verify signature, ${reason}`);
    }
    if (typeof claims.sub !== "string")
      throw new AuthError(403, "bad_jwt", "invalid claim: missing sub claim");
    const user = this.users.get(claims.sub);
    if (!user) throw new AuthError(403, "user_not_found", "User from sub claim in JWT does not exist");
    const session = this.sessions.get(String(claims.session_id ?? ""));
    if (!session || session.revoked) {
      throw new AuthError(403, "session_not_found", "Session from session_id claim in JWT does not exist");
    }
    return { user, session };
  }

  /** POST /logout?scope=global|local|others. */
  logout(current: FakeSession, scope: string): void {
    for (const s of this.sessions.values()) {
      if (s.userId !== current.userId) continue;
      if (scope === "global" || (scope === "others" ? s.id !== current.id : s.id === current.id))
        s.revoked = true;
    }
  }

  /** Starts a new session for the user (also used by the fake's issueSession() control). */
  async issueSession(user: FakeUser, method: string): Promise<TokenResponse> {
    const now = this.now;
    user.lastSignInAt = now;
    user.updatedAt = now;
    const session: FakeSession = {
      id: randomUUID(),
      userId: user.id,
      aal: "aal1",
      amr: [{ method, timestamp: Math.floor(now / 1000) }],
      createdAt: now,
      revoked: false,
    };
    this.sessions.set(session.id, session);
    const refresh = newRefreshToken();
    this.refreshTokens.set(refresh, { token: refresh, sessionId: session.id });
    return this.tokensFor(user, session, refresh);
  }

  async signClaims(claims: Json): Promise<string> {
    return this.keys.sign(claims);
  }

  private async tokensFor(
    user: FakeUser,
    session: FakeSession,
    refreshToken: string,
  ): Promise<TokenResponse> {
    const iat = Math.floor(this.now / 1000);
    const expiresIn = this.o.jwtExpirySeconds ?? 3600;
    return {
      access_token: await this.keys.sign(accessTokenClaims(user, session, this.o.issuer, iat, expiresIn)),
      token_type: "bearer",
      expires_in: expiresIn,
      expires_at: iat + expiresIn,
      refresh_token: refreshToken,
      user: userJson(user),
    };
  }
}
