// Test-only adapter: the shared fake Supabase Auth (e2e/fakes/supabase-auth.ts) serves the user
// routes but not GoTrue's admin API, which the Telegram portal sign-in uses. This front server
// answers POST /admin/users, GET /admin/users/{id} and POST /admin/generate_link in GoTrue's
// wire shapes (generate_link = the user object plus action_link, email_otp, hashed_token,
// redirect_to, verification_type) using the fake's own users and OTPs, and forwards every
// other request to the fake unchanged, so verification still happens in the fake.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeSupabaseAuth } from "@/e2e/fakes/supabase-auth";

export type AdminFront = { url: string; adminCalls: string[]; close(): Promise<void> };

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json", "x-supabase-api-version": "2024-01-01" });
  res.end(JSON.stringify(body));
}

export async function startAdminFront(fake: FakeSupabaseAuth, serviceRoleKey: string): Promise<AdminFront> {
  const adminCalls: string[] = [];

  async function admin(req: IncomingMessage, res: ServerResponse, path: string, raw: string) {
    if (req.headers.authorization !== `Bearer ${serviceRoleKey}`) {
      return send(res, 403, { code: "not_admin", message: "User not allowed" });
    }
    const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
    const route = `${req.method} ${path.replace(/\/[0-9a-f-]{36}$/, "/{id}")}`;
    adminCalls.push(route);
    if (route === "POST /auth/v1/admin/users") {
      const email = String(body.email ?? "");
      if (fake.getUser(email)) {
        return send(res, 422, {
          code: "email_exists",
          message: "A user with this email address has already been registered",
        });
      }
      const user = fake.createUser({
        email,
        confirmed: body.email_confirm === true,
        app_metadata: body.app_metadata as Record<string, unknown> | undefined,
        user_metadata: body.user_metadata as Record<string, unknown> | undefined,
      });
      return send(res, 200, user);
    }
    if (route === "GET /auth/v1/admin/users/{id}") {
      const user = fake.getUser(path.split("/").at(-1) ?? "");
      return user
        ? send(res, 200, user)
        : send(res, 404, { code: "user_not_found", message: "User not found" });
    }
    if (route === "POST /auth/v1/admin/generate_link" && body.type === "magiclink") {
      const email = String(body.email ?? "").toLowerCase();
      // The fake issues the OTP (so its /verify accepts it); we only relay its hash.
      const otp = await fetch(`${fake.url}/auth/v1/otp`, {
        method: "POST",
        headers: { apikey: fake.anonKey, "content-type": "application/json" },
        body: JSON.stringify({ email, create_user: true }),
      });
      const sent = fake.lastOtp(email);
      const user = fake.getUser(email);
      if (!otp.ok || !sent || !user)
        return send(res, 422, { code: "validation_failed", message: "could not generate link" });
      return send(res, 200, {
        ...user,
        action_link: sent.actionLink,
        email_otp: sent.code,
        hashed_token: sent.tokenHash,
        redirect_to: sent.redirectTo ?? "",
        verification_type: sent.type,
      });
    }
    return send(res, 404, { code: "not_found", message: "Not Found" });
  }

  async function forward(req: IncomingMessage, res: ServerResponse, raw: string) {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined && !["host", "content-length", "connection"].includes(k)) headers.set(k, String(v));
    }
    const upstream = await fetch(`${fake.url}${req.url}`, {
      method: req.method,
      headers,
      body: ["GET", "HEAD"].includes(req.method ?? "GET") ? undefined : raw,
      redirect: "manual",
    });
    const out: Record<string, string> = {};
    upstream.headers.forEach((value, key) => {
      if (!["content-encoding", "content-length", "transfer-encoding", "connection"].includes(key))
        out[key] = value;
    });
    res.writeHead(upstream.status, out);
    res.end(Buffer.from(await upstream.arrayBuffer()));
  }

  const server = createServer((req, res) => {
    void readBody(req).then(async (raw) => {
      const path = new URL(req.url ?? "/", "http://front.local").pathname;
      try {
        if (path.startsWith("/auth/v1/admin/")) await admin(req, res, path, raw);
        else await forward(req, res, raw);
      } catch (error) {
        send(res, 500, { code: "unexpected_failure", message: String(error) });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    adminCalls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
