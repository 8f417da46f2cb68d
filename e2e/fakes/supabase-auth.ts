/**
 * Fake Supabase Auth (GoTrue) server for tests that drive the real @supabase/supabase-js and
 * @supabase/ssr clients. Pass its `url` as the Supabase project URL; it serves `/auth/v1/*`.
 *
 * Imitates (README "supabase/", supabase/auth@bc32168, auth-js 2.119.1): POST /otp, POST|GET
 * /verify, POST /token?grant_type=refresh_token|pkce|password, GET|PUT /user, POST /logout,
 * GET /.well-known/jwks.json, /settings, /health. Bodies: verify-otp-response.json,
 * auth-user-response.json; access-token claims: jwt-claims-authenticated.json. Errors use GoTrue's
 * API-version rule: with `X-Supabase-Api-Version: 2024-01-01` (auth-js always sends it) the body is
 * `{code,message}` and the header is echoed; without it `{code:<status>,error_code,msg}`.
 * Requests need an `apikey` header (or ?apikey=) like the Supabase API gateway; CORS is open so a
 * browser client (createBrowserClient) can call it from the app's origin.
 *
 *   const auth = await startFakeSupabaseAuth();
 *   const sb = createClient(auth.url, auth.anonKey, { ...nodeSupabaseOptions, auth: { persistSession: false } });
 *   await sb.auth.signInWithOtp({ email }); await sb.auth.verifyOtp({ email, token: auth.lastOtp(email)!.code, type: "email" });
 */
import type { IncomingMessage } from "node:http";
import {
  type FakeServer,
  headerMap,
  type ListenOptions,
  listen,
  type RecordedCall,
  sendJson,
  splitUrl,
} from "./http";
import { createSigningKeys, type JwtAlgorithm } from "./supabase-jwt";
import { AuthError, AuthStore, type CreateUserInput, type TokenResponse } from "./supabase-store";
import { type FakeUser, type Json, type SentOtp, userJson } from "./supabase-users";

export type { CreateUserInput, TokenResponse } from "./supabase-store";
export type { SentOtp } from "./supabase-users";

export interface SupabaseAuthCall extends RecordedCall {
  /** "POST /otp", "GET /user", … (path relative to /auth/v1). */
  route: string;
}

export interface FakeSupabaseAuthOptions extends ListenOptions {
  /** Default "ES256". HS256 uses `jwtSecret` and publishes an empty JWKS. */
  algorithm?: JwtAlgorithm;
  jwtSecret?: string;
  kid?: string;
  /** If set (either), `apikey` must equal one of them; otherwise any non-empty apikey is accepted. */
  anonKey?: string;
  serviceRoleKey?: string;
  /** `iss` claim. Default `${url}/auth/v1`. */
  issuer?: string;
  /** Default redirect for GET /verify without redirect_to. Default http://localhost:3000. */
  siteUrl?: string;
  jwtExpirySeconds?: number;
  otpExpirySeconds?: number;
  refreshTokenReuseIntervalSeconds?: number;
  /** Clock in ms (token iat/exp, OTP expiry). Default Date.now. */
  now?: () => number;
}

export interface FakeSupabaseAuth extends FakeServer<SupabaseAuthCall> {
  anonKey: string;
  algorithm: JwtAlgorithm;
  kid?: string;
  jwks(): { keys: unknown[] };
  /** Admin: create a (by default confirmed) email user; returns the GET /user JSON. */
  createUser(input: CreateUserInput): Json;
  getUser(emailOrId: string): Json | undefined;
  updateUser(
    emailOrId: string,
    patch: { app_metadata?: Json; user_metadata?: Json; password?: string; banned?: boolean },
  ): Json;
  deleteUser(emailOrId: string): void;
  /** Latest code/link "emailed" to this address (undefined if none). */
  lastOtp(email: string): SentOtp | undefined;
  /** Every OTP email "sent", oldest first. */
  sentOtps(): SentOtp[];
  /** Start a session without the email round-trip (creates the user if needed). */
  issueSession(emailOrId: string, method?: string): Promise<TokenResponse>;
  /** Sign arbitrary claims with the server key (e.g. to craft expired tokens). */
  signAccessToken(claims: Json): Promise<string>;
  /** Revoke every session of a user (their access tokens then fail GET /user with session_not_found). */
  revokeSessions(emailOrId: string): void;
  /** Make the next `count` requests to a route ("POST /otp", "*", …) fail with this GoTrue error. */
  failNext(
    route: string,
    error: { status: number; code: string; message: string },
    options?: { count?: number },
  ): void;
}

/** Open on the real gateway too: the emailed link is opened by a browser without an apikey. */
const NO_APIKEY_ROUTES = new Set(["GET /health", "GET /verify", "GET /.well-known/jwks.json"]);

export async function startFakeSupabaseAuth(
  options: FakeSupabaseAuthOptions = {},
): Promise<FakeSupabaseAuth> {
  const keys = await createSigningKeys({
    algorithm: options.algorithm,
    jwtSecret: options.jwtSecret,
    kid: options.kid,
  });
  const nowMs = options.now ?? Date.now;
  const calls: SupabaseAuthCall[] = [];
  const failures: { route: string; error: AuthError; remaining: number }[] = [];
  const anonKey = options.anonKey ?? "sb_publishable_FAKE_anon_key";
  let store: AuthStore;
  let baseUrl = "";

  const server = await listen(async (req, res, raw) => {
    const { path, query } = splitUrl(req);
    const headers = headerMap(req);
    const route = `${req.method} ${path.replace(/^\/auth\/v1/, "")}`;
    const rawBody = raw.toString("utf8");
    let body: Json = {};
    try {
      body = rawBody ? (JSON.parse(rawBody) as Json) : {};
    } catch {
      body = {};
    }
    const call: SupabaseAuthCall = {
      httpMethod: req.method ?? "GET",
      path,
      query,
      headers,
      body,
      rawBody,
      time: Date.now(),
      route,
    };
    calls.push(call);
    const cors = corsHeaders(req);
    if (req.method === "OPTIONS") {
      call.status = 204;
      res.writeHead(204, cors).end();
      return;
    }
    const send = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
      call.status = status;
      if (payload === undefined) res.writeHead(status, { ...cors, ...extra }).end();
      else sendJson(res, status, payload, { ...cors, ...extra });
    };
    if (!path.startsWith("/auth/v1/")) return send(404, { message: "no Route matched with those values" });
    const apikey = headers.apikey ?? query.apikey;
    if (!NO_APIKEY_ROUTES.has(route)) {
      if (!apikey)
        return send(401, {
          message: "No API key found in request",
          hint: "No `apikey` request header or url param was found.",
        });
      const allowed = [options.anonKey, options.serviceRoleKey].filter(Boolean);
      if (allowed.length > 0 && !allowed.includes(apikey)) {
        return send(401, {
          message: "Invalid API key",
          hint: "Double check your Supabase `anon` or `service_role` API key.",
        });
      }
    }
    try {
      const armed = failures.find((f) => f.route === "*" || f.route === route);
      if (armed) {
        if (--armed.remaining <= 0) failures.splice(failures.indexOf(armed), 1);
        throw armed.error;
      }
      await dispatch(route, body, query, headers, send);
    } catch (err) {
      if (!(err instanceof AuthError)) throw err;
      const versioned = (headers["x-supabase-api-version"] ?? "") >= "2024-01-01";
      send(
        err.status,
        versioned
          ? { code: err.code, message: err.message }
          : { code: err.status, error_code: err.code, msg: err.message },
        versioned ? { "x-supabase-api-version": "2024-01-01" } : {},
      );
    }
  }, options);

  baseUrl = server.url;
  const issuer = options.issuer ?? `${baseUrl}/auth/v1`;
  store = new AuthStore(keys, {
    issuer,
    nowMs,
    jwtExpirySeconds: options.jwtExpirySeconds,
    otpExpirySeconds: options.otpExpirySeconds,
    refreshTokenReuseIntervalSeconds: options.refreshTokenReuseIntervalSeconds,
  });

  async function dispatch(
    route: string,
    body: Json,
    query: Record<string, string>,
    headers: Record<string, string>,
    send: (status: number, payload: unknown, extra?: Record<string, string>) => void,
  ): Promise<void> {
    switch (route) {
      case "GET /health":
        return send(200, {
          version: "v2.180.0-fake",
          name: "GoTrue",
          description: "GoTrue is a user registration and authentication API",
        });
      case "GET /settings":
        return send(200, {
          external: { email: true, phone: false, anonymous_users: false },
          disable_signup: false,
          mailer_autoconfirm: false,
          phone_autoconfirm: false,
          sms_provider: "",
          saml_enabled: false,
        });
      case "GET /.well-known/jwks.json":
        return send(200, keys.jwks());
      case "POST /otp":
        store.sendOtp(body, `${baseUrl}/auth/v1/verify`, query.redirect_to);
        return send(200, {});
      case "POST /verify":
        return send(200, await store.verifyOtp(body));
      case "GET /verify":
        return verifyRedirect(query, send);
      case "POST /token": {
        const grant = query.grant_type;
        if (grant === "refresh_token") return send(200, await store.refresh(body));
        if (grant === "pkce") return send(200, await store.exchangePkce(body));
        if (grant === "password") return send(200, await store.passwordGrant(body));
        throw new AuthError(400, "validation_failed", "unsupported_grant_type");
      }
      case "GET /user":
        return send(200, userJson((await store.authenticate(headers.authorization)).user));
      case "PUT /user": {
        const { user } = await store.authenticate(headers.authorization);
        if (body.data && typeof body.data === "object")
          user.userMetadata = { ...user.userMetadata, ...(body.data as Json) };
        if (typeof body.password === "string") user.password = body.password;
        user.updatedAt = nowMs();
        return send(200, userJson(user));
      }
      case "POST /logout": {
        const { session } = await store.authenticate(headers.authorization);
        store.logout(session, query.scope ?? "global");
        return send(204, undefined);
      }
      default:
        throw new AuthError(404, "not_found", "Not Found");
    }
  }

  async function verifyRedirect(
    query: Record<string, string>,
    send: (status: number, payload: unknown, extra?: Record<string, string>) => void,
  ) {
    const target = new URL(query.redirect_to ?? options.siteUrl ?? "http://localhost:3000");
    const pkce = (query.token ?? "").startsWith("pkce_");
    try {
      const { tokens, authCode } = await store.verifyLink(query.token ?? "", query.type ?? "");
      if (authCode) target.searchParams.set("code", authCode);
      if (tokens) {
        const frag = new URLSearchParams({
          access_token: tokens.access_token,
          expires_at: String(tokens.expires_at),
          expires_in: String(tokens.expires_in),
          refresh_token: tokens.refresh_token,
          token_type: "bearer",
          type: query.type ?? "magiclink",
        });
        target.hash = frag.toString();
      }
    } catch (err) {
      if (!(err instanceof AuthError)) throw err;
      const q = new URLSearchParams({
        error: "access_denied",
        error_code: err.code,
        error_description: "Email link is invalid or has expired",
      });
      target.search = pkce ? q.toString() : "";
      target.hash = q.toString();
    }
    send(303, undefined, { location: target.toString() });
  }

  const find = (emailOrId: string): FakeUser | undefined =>
    store.users.get(emailOrId) ?? store.userByEmail(emailOrId);
  const mustFind = (emailOrId: string): FakeUser => {
    const u = find(emailOrId);
    if (!u) throw new Error(`fake Supabase Auth: no user ${emailOrId}`);
    return u;
  };

  const fake: FakeSupabaseAuth = {
    url: baseUrl,
    port: server.port,
    calls,
    anonKey,
    algorithm: keys.algorithm,
    kid: keys.kid,
    jwks: () => keys.jwks(),
    reset() {
      calls.length = 0;
      failures.length = 0;
      store.users.clear();
      store.sessions.clear();
      store.refreshTokens.clear();
      store.authCodes.clear();
      store.otps.length = 0;
    },
    close: server.close,
    createUser: (input) => userJson(store.createUser(input)),
    getUser: (emailOrId) => {
      const u = find(emailOrId);
      return u && userJson(u);
    },
    updateUser(emailOrId, patch) {
      const u = mustFind(emailOrId);
      if (patch.app_metadata) u.appMetadata = { ...u.appMetadata, ...patch.app_metadata };
      if (patch.user_metadata) u.userMetadata = { ...u.userMetadata, ...patch.user_metadata };
      if (patch.password !== undefined) u.password = patch.password;
      if (patch.banned !== undefined) u.banned = patch.banned;
      u.updatedAt = nowMs();
      return userJson(u);
    },
    deleteUser: (emailOrId) => void store.users.delete(mustFind(emailOrId).id),
    lastOtp: (email) => store.otps.filter((o) => o.email === email.trim().toLowerCase()).at(-1),
    sentOtps: () => [...store.otps],
    issueSession: (emailOrId, method = "otp") =>
      store.issueSession(find(emailOrId) ?? store.createUser({ email: emailOrId }), method),
    signAccessToken: (claims) => store.signClaims(claims),
    revokeSessions(emailOrId) {
      const id = mustFind(emailOrId).id;
      for (const s of store.sessions.values()) if (s.userId === id) s.revoked = true;
    },
    failNext(route, error, opts = {}) {
      failures.push({
        route,
        error: new AuthError(error.status, error.code, error.message),
        remaining: opts.count ?? 1,
      });
    },
  };
  server.expose(fake);
  return fake;
}

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    "access-control-allow-origin": String(req.headers.origin ?? "*"),
    "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
    "access-control-allow-headers": String(
      req.headers["access-control-request-headers"] ??
        "authorization, apikey, content-type, x-client-info, x-supabase-api-version",
    ),
    "access-control-expose-headers": "x-supabase-api-version",
    "access-control-max-age": "600",
    vary: "Origin",
  };
}
