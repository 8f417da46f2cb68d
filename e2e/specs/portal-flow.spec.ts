// The main player journey in Chromium against `next start` on the embedded defaults (local
// auth, PGlite, offline Nikita; REPLY_DELAY_SCALE=0 so her reply is due at once, and a bot
// username so Telegram linking is offered): sign in through the dev mailbox → onboard (time
// zone preselected from the browser) → chat (optimistic bubble, her reply appears live) →
// dashboard score and chart → the conversation with its "why did that move?" notes →
// settings (save, link Telegram: the t.me deep link appears) → sign out. Then a second player
// deletes their account. axe (no serious/critical) and screenshots at 1280 and 390 px in test-results/screenshots/.
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Page, type TestInfo, test } from "@playwright/test";
import { type AppServer, startAppServer } from "@/e2e/support/app-server";
import { DESKTOP, keepScreenshot, PHONE } from "@/e2e/support/screenshots";
import { signInWithEmailLink } from "@/e2e/support/sign-in";

const BOT = "nikita_e2e_bot";
const BROWSER_ZONE = "America/Toronto";

let app: AppServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startAppServer({ REPLY_DELAY_SCALE: "0", TELEGRAM_BOT_USERNAME: BOT });
});

test.afterAll(async () => {
  await app?.stop();
});

const signIn = (context: BrowserContext, email: string) => signInWithEmailLink(context, app.url, email);

async function checkPage(page: Page, name: string) {
  await keepScreenshot(page, name);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
  await keepScreenshot(page, name);
  await page.setViewportSize(DESKTOP);
}

async function onboard(page: Page, name: string) {
  await page.waitForURL(/\/onboarding/);
  await page.getByLabel("What should she call you?").fill(name);
  await page.getByLabel(/I'm 18 or older/).check();
  await page.getByLabel(/3 · Balanced/).check();
  await page.getByRole("button", { name: "Meet Nikita" }).click();
  await page.waitForURL(/\/chat$/);
}

const herBubbles = (page: Page) =>
  page.getByRole("log", { name: "Conversation with Nikita" }).getByRole("listitem");

test("a new player signs in, onboards, chats with her, follows the score and links Telegram", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    timezoneId: BROWSER_ZONE,
  });
  const page = await signIn(context, "robin.flow@example.com");

  // Onboarding: the form explains itself; the time zone comes from the browser.
  await page.waitForURL(/\/onboarding/);
  await expect(page.getByRole("heading", { name: "Before you meet her" })).toBeVisible();
  await expect(page.getByLabel("Your time zone")).toHaveValue(BROWSER_ZONE);
  await expect(page.getByText("Dark jokes, intense feelings, some flirting.")).toBeVisible();
  await checkPage(page, "onboarding");
  await page.getByRole("button", { name: "Meet Nikita" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(page.getByText("Nikita only talks to adults (18+).")).toBeVisible();
  await onboard(page, "Robin");

  // Chat: her first message is there; a message goes out at once and her reply follows.
  const log = page.getByRole("log", { name: "Conversation with Nikita" });
  await expect(log.getByRole("listitem").first()).toBeVisible();
  await expect(log).toContainText("Robin");
  const before = await herBubbles(page).count();
  const composer = page.getByLabel("Message to Nikita");
  await composer.fill("I spent my Saturday picking locks at a hacker meetup. Beat the whole table.");
  await composer.press("Enter");
  await expect(log).toContainText("picking locks at a hacker meetup");
  await expect(composer).toHaveValue("");
  await expect.poll(async () => herBubbles(page).count(), { timeout: 30_000 }).toBeGreaterThan(before + 1);
  await expect(log.getByRole("listitem").last()).toContainText("Nikita:");
  await checkPage(page, "chat");

  // Dashboard (portal-a's page): score and the chart.
  await page.goto(`${app.url}/dashboard`);
  await expect(page.getByRole("heading", { name: "Robin & Nikita" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Score", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Score over time" })).toBeVisible();
  await keepScreenshot(page, "dashboard-new-player");

  // The conversation, with the explanation of what her reaction did to the score.
  await page.goto(`${app.url}/conversations`);
  await page
    .getByRole("link", { name: /Web conversation/ })
    .first()
    .click();
  await expect(page.getByText("picking locks at a hacker meetup")).toBeVisible();
  await expect(page.getByText(/why:/).first()).toBeVisible();
  await keepScreenshot(page, "conversation-new-player");

  // Settings: save preferences, get a Telegram deep link.
  await page.goto(`${app.url}/settings`);
  await expect(page.getByLabel("Time zone")).toHaveValue(BROWSER_ZONE);
  await page.getByLabel(/Hard mode/).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/Hard mode/)).toBeChecked();
  await page.getByRole("button", { name: "Link Telegram" }).click();
  const deepLink = page.getByRole("link", { name: "Open Telegram and link this account" });
  await expect(deepLink).toHaveAttribute(
    "href",
    new RegExp(`^https://t\\.me/${BOT}\\?start=link_[A-Za-z0-9_-]{22,}$`),
  );
  await expect(page.getByText(/Works once, for 10 minutes/)).toBeVisible();
  await checkPage(page, "settings");

  // Sign out: the chat is closed to a signed-out visitor.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(`${app.url}/`);
  await page.goto(`${app.url}/chat`);
  await page.waitForURL(/\/sign-in/);
  await context.close();
});

test("a player deletes their account after typing the confirmation, and is signed out", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await signIn(context, "sasha.leaves@example.com");
  await onboard(page, "Sasha");
  await page.goto(`${app.url}/settings`);
  const remove = page.getByRole("button", { name: "Delete my account" });
  await expect(remove).toBeDisabled();
  await page.getByLabel(/to confirm/).fill("delete my account");
  await expect(remove).toBeEnabled();
  await keepScreenshot(page, "delete-account");
  await remove.click();
  await page.waitForURL(/\/\?deleted=1$/);

  // Signed out; signing in again with the same address starts from scratch.
  await page.goto(`${app.url}/settings`);
  await page.waitForURL(/\/sign-in/);
  const again = await signIn(context, "sasha.leaves@example.com");
  await again.waitForURL(/\/onboarding/);
  await expect(again.getByLabel("What should she call you?")).toHaveValue("");
  await context.close();
});
