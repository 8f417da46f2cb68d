// The portal's read pages in Chromium against `next start`: a player with months of seeded
// history signs in through the local dev mailbox and visits the dashboard, conversations
// (list and one conversation with its "why did that move?" notes), diary and vices. Each
// page: no serious or critical axe violations, a full-page screenshot artifact, no sideways
// scroll at 390 px. A second player gets a 404 for the first player's conversation URL.
// Own server (startAppServer) so the history can be seeded into its PGlite before it starts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { type AppServer, startAppServer } from "@/e2e/support/app-server";
import { DESKTOP, keepScreenshot, PHONE } from "@/e2e/support/screenshots";
import { signInWithEmailLink } from "@/e2e/support/sign-in";
import { CHAPTER_RULES } from "@/lib/engine/rules";
import { createPostgresMemoryStore } from "@/lib/memory/postgres-store";
import { type SeededHistory, seedPlayerHistory } from "@/lib/portal/testing/seed-history";

const PLAYER_A = { authUserId: "e2e00000-0000-4000-8000-0000000000a1", email: "alex.portal@nikita.local" };
const PLAYER_B = { authUserId: "e2e00000-0000-4000-8000-0000000000b2", email: "blake.portal@nikita.local" };

let app: AppServer;
let dataDir: string;
let seededA: SeededHistory;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "nikita-portal-e2e-"));
  const pgliteDir = path.join(dataDir, "pglite");
  const handle = await openDatabase({ pgliteDir });
  try {
    await migrateDatabase(handle);
    const now = new Date();
    seededA = await seedPlayerHistory(handle.db, { ...PLAYER_A, name: "Alex", days: 90, messages: 900, now });
    await seedPlayerHistory(handle.db, { ...PLAYER_B, name: "Blake", days: 5, messages: 20, now });
    await createPostgresMemoryStore(handle.db).addFacts({
      playerId: seededA.playerId,
      facts: [
        { subject: "user", predicate: "has a dog named", object: "Rex", about: "user", confidence: 0.9 },
      ],
      now,
    });
  } finally {
    await handle.close();
  }
  app = await startAppServer({ PGLITE_DIR: pgliteDir, REPLY_DELAY_SCALE: "0" });
});

test.afterAll(async () => {
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const signIn = (context: BrowserContext, email: string) =>
  signInWithEmailLink(context, app.url, email, { landsOn: /\/dashboard/ });

async function checkPage(page: Page, name: string) {
  await keepScreenshot(page, name);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  // A phone loads the page at 390 px (charts size themselves once mounted).
  await page.setViewportSize(PHONE);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: `${name} scrolls sideways at 390 px`,
      timeout: 10_000,
    })
    .toBeLessThanOrEqual(0);
  await keepScreenshot(page, name);
  await page.setViewportSize(DESKTOP);
}

test("a player with history reads the dashboard, conversations, diary and vices", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await signIn(context, PLAYER_A.email);

  // Dashboard: chapter from the rules table, score ring, chart, radar, rhythm and mood.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Alex");
  await expect(page.getByText(CHAPTER_RULES[3].name).first()).toBeVisible();
  await expect(page.getByRole("img", { name: /^Score / })).toBeVisible();
  await expect(page.getByText(CHAPTER_RULES[3].bossName, { exact: false })).toBeVisible();
  // How her replies are made is for admins: a player sees no "offline" badge.
  await expect(page.getByText("offline", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "What happened" })).toContainText("You met her");
  await expect(
    page.getByRole("region", { name: "Score over time" }).locator(".recharts-surface").first(),
  ).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("In the zone")).toBeVisible();
  await expect(page.getByText("A little tense")).toBeVisible();
  await page.getByRole("link", { name: "All", exact: true }).click();
  await expect(page).toHaveURL(/range=all/);
  await expect(page.getByRole("link", { name: "All", exact: true })).toHaveAttribute("aria-current", "true");
  await checkPage(page, "dashboard");

  // Skip link: the first Tab stop on a fresh page, and it moves focus to the main content.
  await page.reload();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Conversations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Conversations" })).toBeVisible();
  for (const platform of ["Telegram", "Web", "Voice"]) {
    await expect(page.getByText(platform, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
  await checkPage(page, "conversations");

  await page
    .getByRole("link", { name: /conversation,/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/conversations\/[0-9a-f-]{36}$/);
  const reaction = page.getByRole("article", { name: "Nikita" }).first();
  await expect(reaction.getByText(/— why: /)).toBeVisible();
  await expect(reaction.getByText(/^[+−±]\d+\.\d\d$/)).toBeVisible();
  await checkPage(page, "conversation");

  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Diary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Her diary" })).toBeVisible();
  await expect(page.getByRole("article").first()).toContainText(/today/);
  await checkPage(page, "diary");

  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Vices" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Dark humour" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Altered states" })).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText(/\d\.\d/);
  const remembered = page.getByRole("region", { name: "What she remembers about you" });
  await expect(remembered.getByRole("listitem")).toContainText(["has a dog named Rex"]);
  await checkPage(page, "vices");
  await context.close();
});

test("a second player gets a 404 for the first player's conversation", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await signIn(context, PLAYER_B.email);
  const foreign = seededA.conversationIds[0]!;
  const response = await page.goto(`${app.url}/conversations/${foreign}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No such conversation" })).toBeVisible();
  // Any unknown page is branded and leads home.
  const missing = await page.goto(`${app.url}/no-such-page`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Take me home" })).toHaveAttribute("href", "/");
  await keepScreenshot(page, "not-found");
  await expect(page.getByText("ran a CTF all night")).toHaveCount(0);
  await context.close();
});

test("signed-out visitors are sent to sign-in", async ({ page }) => {
  await page.goto(`${app.url}/diary`);
  await expect(page).toHaveURL(/\/sign-in/);
});
