// Health over real HTTP through `next start`: healthy on the embedded PGlite, 503 when the
// configured database is a closed port, and ping answering without touching anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../support/app-server";

describe("health on the embedded defaults", () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  }, 90_000);
  afterAll(async () => app?.stop());

  it("reports every dependency and a healthy PGlite database", async () => {
    const res = await fetch(`${app.url}/api/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("healthy");
    expect(body.components.database).toMatchObject({ status: "healthy", mode: "pglite" });
    expect(body.components.database.latencyMs).toBeTypeOf("number");
    expect(Object.keys(body.components)).toEqual(
      expect.arrayContaining(["database", "auth", "model", "memory", "telegram", "voice"]),
    );
    expect(body.components.model.mode).toBe("offline");
    expect(body.components.auth.mode).toBe("local");
    // Every check reports its own state and latency; the version is the commit built.
    for (const name of ["database", "auth", "model", "memory", "telegram", "voice"]) {
      expect(body.components[name].status, name).toBe("healthy");
      expect(body.components[name].latencyMs, name).toBeTypeOf("number");
    }
    expect(body.version).toMatch(/^[0-9a-f]{40}$/);
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("carries the caller's request id back", async () => {
    const res = await fetch(`${app.url}/api/health`, { headers: { "x-request-id": "smoke-check-0001" } });
    expect(res.headers.get("x-request-id")).toBe("smoke-check-0001");
  });

  it("has no development-only pages in production", async () => {
    const res = await fetch(`${app.url}/dev/mailbox`);
    expect(res.status).toBe(404);
  });

  it("answers ping with a timestamp", async () => {
    const res = await fetch(`${app.url}/api/health/ping`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Date.parse(body.time)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("serves the landing page", async () => {
    const res = await fetch(app.url);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Don&#x27;t Get Dumped");
    expect(html).toContain("18+");
  });
});

describe("health with the database unreachable", () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/nikita" });
  }, 90_000);
  afterAll(async () => app?.stop());

  it("answers 503 and names the database as unhealthy", async () => {
    const res = await fetch(`${app.url}/api/health`);
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.status).toBe("unhealthy");
    expect(body.components.database.status).toBe("unhealthy");
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|stack/i);
  });

  it("keeps ping alive", async () => {
    const res = await fetch(`${app.url}/api/health/ping`);
    expect(res.status).toBe(200);
  });
});

describe("a production start without its secrets", () => {
  it("refuses to start and names what is missing", async () => {
    await expect(startAppServer({ CRON_SECRET: "", AUTH_SECRET: "" })).rejects.toThrow(
      /Refusing to start in production: missing CRON_SECRET, AUTH_SECRET/,
    );
  }, 90_000);
});
