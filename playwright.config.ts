// Playwright drives Debian's Chromium (never a downloaded browser) against `next start` on
// the embedded defaults, with a private PGlite folder per run.
import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/support/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3210);
// `next start` is production: it refuses to start without explicit secrets (random per run).
// This shared server serves the pages that need no sign-in (the landing page), so its relay
// is a closed port; specs that sign in start their own server with a fake SMTP relay.
const secret = () => randomBytes(24).toString("hex");
const SERVER_ENV = `CRON_SECRET=${secret()} AUTH_SECRET=${secret()} SMTP_URL=smtp://127.0.0.1:9`;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `rm -rf .data/e2e-${PORT} && ${SERVER_ENV} PGLITE_DIR=.data/e2e-${PORT} SCHEDULER_ENABLED=false APP_URL=http://127.0.0.1:${PORT} npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
  },
});
