// The admin console in Chromium against `next start`: an admin (a verified email on
// ADMIN_EMAIL_DOMAINS, signed in through the local dev mailbox) finds a player, sets the score
// with a reason and a confirmation, and sees the new score and the audit entry; a player gets
// a 404 and a signed-out visitor the sign-in page. Every admin page: no serious or critical
// axe violations and a full-page screenshot artifact. Own server (startAppServer) so players,
// model calls and safety events can be seeded into its PGlite before it starts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { llmCalls, players, safetyEvents, scoreHistory } from "@/db/schema";
import { type AppServer, startAppServer } from "@/e2e/support/app-server";
import { signInWithEmailLink } from "@/e2e/support/sign-in";
import { ensurePlayer } from "@/lib/services/ensure-player";
import { finishOnboarding } from "@/lib/services/onboarding";

const ADMIN_EMAIL = "admin@nikita.local";
const PLAYER_EMAIL = "mara.admin-e2e@example.com";
const ADMIN_PAGES = [
  "/admin",
  "/admin/players",
  "/admin/operations",
  "/admin/balance",
  "/admin/safety",
  "/admin/audit",
];

let app: AppServer;
let dataDir: string;
let maraId: string;

// Several pages with axe each on a shared 2-core machine: generous per-test time.
test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "nikita-admin-e2e-"));
  const pgliteDir = path.join(dataDir, "pglite");
  const handle = await openDatabase({ pgliteDir });
  try {
    await migrateDatabase(handle);
    const db = handle.db;
    const now = new Date();
    const names = ["Mara", "Jonas", "Lea", "Omar"];
    for (const [i, name] of names.entries()) {
      const email = i === 0 ? PLAYER_EMAIL : `${name.toLowerCase()}@example.com`;
      const authUserId = `e2e00000-0000-4000-8000-00000000ad${10 + i}`;
      await db.execute(sql`
        insert into auth.users (id, email, email_confirmed_at, raw_app_meta_data)
        values (${authUserId}, ${email}, now(), '{"provider":"email","providers":["email"]}'::jsonb)`);
      const { playerId } = await ensurePlayer(db, { authUserId, email });
      await db.transaction((tx) =>
        finishOnboarding(tx, {
          playerId,
          answers: { name, isAdultConfirmed: true, timezone: "Europe/Berlin", darkness: 3 },
          platform: "web",
          now,
          seed: i,
        }),
      );
      if (i === 0) maraId = playerId;
      if (i === 3) {
        await db.update(players).set({ ageLock: "locked" }).where(eq(players.id, playerId));
        await db.insert(safetyEvents).values({
          playerId,
          kind: "age_lock",
          content: "i'm 15 tbh",
          sentInstead: "we need to talk about your age.",
        });
      }
    }
    await db.insert(safetyEvents).values({
      playerId: maraId,
      kind: "guard_block",
      content: "your score is 50",
      sentInstead: "nice try. next question.",
    });
    await db.insert(scoreHistory).values([
      { playerId: maraId, kind: "boss_pass", scoreBefore: 60, scoreAfter: 60, chapter: 1, createdAt: now },
      { playerId: maraId, kind: "boss_fail", scoreBefore: 58, scoreAfter: 58, chapter: 2, createdAt: now },
    ]);
    await db.insert(llmCalls).values({
      playerId: maraId,
      purpose: "reply",
      model: "claude-test",
      inputTokens: 1200,
      outputTokens: 80,
      cacheReadTokens: 3000,
      costUsd: 0.0123,
      latencyMs: 900,
      status: "ok",
    });
  } finally {
    await handle.close();
  }
  app = await startAppServer({
    PGLITE_DIR: pgliteDir,
    ADMIN_EMAIL_DOMAINS: "nikita.local",
    REPLY_DELAY_SCALE: "0",
  });
});

test.afterAll(async () => {
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const signIn = (context: BrowserContext, email: string, next: string) =>
  signInWithEmailLink(context, app.url, email, { next, landsOn: (url) => url.pathname === next });

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

test("a signed-out visitor is sent to sign-in", async ({ page }) => {
  await page.goto(`${app.url}/admin/players`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fplayers/);
  await expect(page.getByLabel("Email address")).toBeVisible();
});

test("a player gets a 404 on the admin pages", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await signIn(context, PLAYER_EMAIL, "/dashboard").catch(async () => {
    // the portal may send a fresh player elsewhere first; the session is what matters
    return context.pages()[0] as Page;
  });
  for (const target of ["/admin", `/admin/players/${maraId}`]) {
    const res = await page.goto(`${app.url}${target}`);
    expect(res?.status(), target).toBe(404);
    await expect(page.getByText("Nikita admin")).toHaveCount(0);
  }
  await context.close();
});

test("an admin signing in lands on /admin and is not counted as a player", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // No destination asked for: a player would land on the dashboard, an admin on the console.
  const page = await signInWithEmailLink(context, app.url, ADMIN_EMAIL, {
    landsOn: (url) => url.pathname === "/admin",
  });
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  // The four seeded players, all playing; the admin made no "(no name yet)" onboarding row.
  await page.goto(`${app.url}/admin/players`);
  await expect(page.getByRole("heading", { name: "4 players" })).toBeVisible();
  await expect(page.getByText("(no name yet)")).toHaveCount(0);
  // The portal is not theirs until they choose to play.
  await page.goto(`${app.url}/dashboard`);
  await expect(page).toHaveURL(`${app.url}/admin`);
  await expect(page.getByRole("button", { name: "Play as a player" }).first()).toBeAttached();
  await context.close();
});

test("an admin finds a player, sets the score with a reason, sees it and the audit entry", async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await signIn(context, ADMIN_EMAIL, "/admin/players");

  await page.getByLabel("Name, email, Telegram username or id").fill("mara");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "1 player" })).toBeVisible();
  await page.getByRole("link", { name: "Mara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mara" })).toBeVisible();
  await expect(page.getByTestId("player-score")).toHaveText("50.00");

  const form = page.getByRole("form", { name: "Set score" });
  await form.getByLabel("New score (0–100)").fill("77.5");
  await form.getByLabel("Reason").fill("compensation for the outage on Friday");
  await form.getByRole("button", { name: "Set score" }).click();
  // without the confirmation box the browser refuses to submit
  await expect(form.getByRole("status")).toHaveCount(0);
  await form.getByLabel("I confirm this change").check();
  await form.getByRole("button", { name: "Set score" }).click();
  await expect(form.getByRole("status")).toHaveText("Score is now 77.5.");

  await page.reload();
  await expect(page.getByTestId("player-score")).toHaveText("77.50");
  const trail = page.getByRole("table", { name: "Admin actions on this player" });
  await expect(trail).toContainText("set_score");
  await expect(trail).toContainText("compensation for the outage on Friday");
  await expect(trail).toContainText(ADMIN_EMAIL);
  await page.screenshot({ path: testInfo.outputPath("admin-player.png"), fullPage: true });
  await expectAccessible(page);

  await page.goto(`${app.url}/admin/audit`);
  await expect(page.getByRole("table", { name: "Admin audit log" })).toContainText(
    "compensation for the outage on Friday",
  );

  for (const target of ADMIN_PAGES) {
    await page.goto(`${app.url}${target}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.screenshot({
      path: testInfo.outputPath(`admin${target.replaceAll("/", "-")}.png`),
      fullPage: true,
    });
    await expectAccessible(page);
  }
  await context.close();
});

test("the balance page runs the simulator and shows outcomes and trajectories", async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await signIn(context, ADMIN_EMAIL, "/admin/balance");
  await page.getByLabel("Players (≤ 2000)").fill("60");
  await page.getByLabel("Days (≤ 120)").fill("30");
  await page.getByRole("button", { name: "Run simulation" }).click();
  const table = page.getByRole("table", { name: "Simulated outcomes by archetype" });
  await expect(table).toContainText("Attentive", { timeout: 30_000 });
  await expect(page.getByRole("figure", { name: /Median relationship score/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("admin-balance-run.png"), fullPage: true });
  await expectAccessible(page);
  await context.close();
});

test("the safety page lists the age lock and clears it with a reason", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await signIn(context, ADMIN_EMAIL, "/admin/safety");
  await expect(page.getByRole("table", { name: "Safety events" })).toContainText("i'm 15 tbh");
  await expect(page.getByRole("table", { name: "Safety events" })).toContainText("nice try. next question.");
  const form = page.getByRole("form", { name: "Age lock: Omar" });
  await form.getByLabel("Decision").selectOption("clear");
  await form.getByLabel("Reason").fill("ID checked by support");
  await form.getByLabel("I confirm this change").check();
  await form.getByRole("button", { name: "Apply" }).click();
  // cleared: the player leaves the age-lock list (the page re-renders with fresh data)
  await expect(page.getByText("No player is age-locked or waiting for an age confirmation.")).toBeVisible();
  await page.goto(`${app.url}/admin/audit`);
  await expect(page.getByRole("table", { name: "Admin audit log" })).toContainText("clear_age_lock");
  await context.close();
});
