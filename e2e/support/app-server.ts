// Starts the built app with `next start` on a free port and a private PGlite folder (or a
// given DATABASE_URL), so HTTP tests hit the real server exactly as production serves it.
// Production refuses to start without its secrets, so each server gets explicit ones (random
// per server; `server.secrets`) and a fake SMTP relay that receives its sign-in mail
// (`server.mail`): there is no dev mailbox in production. Needs a prior `next build` (the
// vitest global setup makes one when missing).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { type FakeSmtp, startFakeSmtp } from "@/e2e/fakes/smtp";

export type AppServer = {
  url: string;
  port: number;
  logs: () => string;
  /** The secrets this server was started with (explicit env wins over the random ones). */
  secrets: { cron: string; auth: string };
  /** The relay its SMTP_URL points at: sign-in links arrive here. */
  mail: FakeSmtp;
  stop(): Promise<void>;
};

/** Servers by URL, so helpers given only the app's URL find its mail. */
const running = new Map<string, AppServer>();

export function appServerAt(url: string): AppServer | undefined {
  return running.get(url.replace(/\/$/, ""));
}

const testSecret = (name: string) => `test-${name}-${randomBytes(24).toString("hex")}`;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const READY_TIMEOUT_MS = 60_000;

export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  const mail = await startFakeSmtp();
  const secrets = {
    cron: env.CRON_SECRET ?? testSecret("cron"),
    auth: env.AUTH_SECRET ?? testSecret("auth"),
  };
  const dataDir = mkdtempSync(path.join(tmpdir(), "nikita-app-"));
  const output: string[] = [];
  const child: ChildProcess = spawn(
    path.join(process.cwd(), "node_modules", ".bin", "next"),
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PGLITE_DIR: path.join(dataDir, "pglite"),
        APP_URL: `http://127.0.0.1:${port}`,
        SCHEDULER_ENABLED: "false",
        LOG_LEVEL: "warn",
        CRON_SECRET: secrets.cron,
        AUTH_SECRET: secrets.auth,
        SMTP_URL: mail.url,
        ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (d) => output.push(String(d)));
  child.stderr?.on("data", (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    running.delete(url);
    await mail.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/api/health/ping`);
      if (res.ok) {
        const server = { url, port, logs: () => output.join(""), secrets, mail, stop };
        running.set(url, server);
        return server;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`next start did not become ready:\n${output.join("").slice(-4000)}`);
}
