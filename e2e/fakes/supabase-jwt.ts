/**
 * JWT signing for the fake Supabase Auth (GoTrue) server (see supabase-auth.ts).
 *
 * Per /work/shared/fixtures/README.md "supabase/" and "Headers and signatures → Supabase": access
 * tokens are ES256/RS256 with a `kid` (public keys served at /auth/v1/.well-known/jwks.json, which
 * auth-js `getClaims()` fetches and verifies with WebCrypto) or HS256 with a shared secret (legacy;
 * no JWKS entry, so `getClaims()` falls back to GET /user). Header order alg, kid, typ as in
 * verify-otp-response.json; claims are signed in the order given (jwt-claims-authenticated.json).
 */
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, jwtVerify, SignJWT } from "jose";

export type JwtAlgorithm = "ES256" | "RS256" | "HS256";

export interface SigningKeysOptions {
  algorithm?: JwtAlgorithm;
  /** Shared secret for HS256 (default a fixed fake secret). */
  jwtSecret?: string;
  kid?: string;
}

export interface SigningKeys {
  algorithm: JwtAlgorithm;
  /** Undefined for HS256. */
  kid?: string;
  sign(claims: Record<string, unknown>): Promise<string>;
  /** Verifies signature and exp against `nowSeconds`; throws on failure. */
  verify(token: string, nowSeconds: number): Promise<JWTPayload>;
  /** Body of /.well-known/jwks.json. */
  jwks(): { keys: JWK[] };
}

export const DEFAULT_JWT_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long";

export async function createSigningKeys(options: SigningKeysOptions = {}): Promise<SigningKeys> {
  const algorithm = options.algorithm ?? "ES256";
  if (algorithm === "HS256") {
    const secret = new TextEncoder().encode(options.jwtSecret ?? DEFAULT_JWT_SECRET);
    return {
      algorithm,
      sign: (claims) => new SignJWT(claims).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(secret),
      verify: async (token, now) =>
        (await jwtVerify(token, secret, { algorithms: ["HS256"], currentDate: new Date(now * 1000) }))
          .payload,
      jwks: () => ({ keys: [] }),
    };
  }
  const kid = options.kid ?? randomUUID();
  const { privateKey, publicKey } = await generateKeyPair(algorithm, { extractable: true });
  const jwk = await exportJWK(publicKey);
  const published: JWK = { alg: algorithm, ...jwk, ext: true, key_ops: ["verify"], kid, use: "sig" };
  return {
    algorithm,
    kid,
    sign: (claims) =>
      new SignJWT(claims).setProtectedHeader({ alg: algorithm, kid, typ: "JWT" }).sign(privateKey),
    verify: async (token, now) =>
      (await jwtVerify(token, publicKey, { algorithms: [algorithm], currentDate: new Date(now * 1000) }))
        .payload,
    jwks: () => ({ keys: [published] }),
  };
}
