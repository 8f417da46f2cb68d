// The browser chat as a messenger, in Chromium against `next start` (offline Nikita,
// REPLY_DELAY_SCALE=0 so every reply is due at once — the page still shows her typing):
// - a player with months of history: the page is one screen high at 1280 and 390 px (the
//   list scrolls, the composer stays in view), header with her name, day separators, axe;
// - every reply is preceded by "typing…", and the player's message turns "Read";
// - her test is a moment: a divider when it starts, her test bubbles marked, and when the
//   player passes, "Something changed between you" with the new chapter's name — in the chat,
//   on the dashboard ("What happened") and in the conversation list; the admin's score change
//   that set the scene is marked on the chart.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { type AppServer, startAppServer } from "@/e2e/support/app-server";
import { DESKTOP, keepScreenshot, PHONE } from "@/e2e/support/screenshots";
import { seedWebPlayer } from "@/e2e/support/seed-players";
import { signInWithEmailLink } from "@/e2e/support/sign-in";
import { CHAPTER_RULES } from "@/lib/engine/rules";
import { seedPlayerHistory } from "@/lib/portal/testing/seed-history";

const LONG = { authUserId: "e2e00000-0000-4000-8000-0000000000c7", email: "long.chat@nikita.local" };
const TESTED = { email: "boss.chat@nikita.local" };
const TYPER = { email: "typer.chat@nikita.local" };

let app: AppServer;
let dataDir: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "nikita-chat-e2e-"));
  const pgliteDir = path.join(dataDir, "pglite");
  const handle = await openDatabase({ pgliteDir });
  try {
    await migrateDatabase(handle);
    const now = new Date();
    await seedPlayerHistory(handle.db, { ...LONG, name: "Kai", days: 30, messages: 400, now });
    // Just under her first test: one warm message starts it.
    await seedWebPlayer(handle.db, {
      ...TESTED,
      name: "Robin",
      now,
      score: CHAPTER_RULES[1].bossThreshold - 0.05,
    });
    await seedWebPlayer(handle.db, { ...TYPER, name: "Toni", now });
  } finally {
    await handle.close();
  }
  app = await startAppServer({ PGLITE_DIR: pgliteDir, REPLY_DELAY_SCALE: "0" });
});

test.afterAll(async () => {
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const openChat = async (context: BrowserContext, email: string) => {
  const page = await signInWithEmailLink(context, app.url, email, { next: "/chat", landsOn: /\/chat$/ });
  await expect(page.getByRole("heading", { level: 1, name: "Nikita" })).toBeVisible();
  return page;
};
const log = (page: Page) => page.getByRole("log", { name: "Conversation with Nikita" });
const herBubbles = (page: Page) => log(page).getByRole("listitem").filter({ hasText: "Nikita:" });
const typing = (page: Page) => page.getByText("Nikita is typing…");

async function fitsTheScreen(page: Page) {
  const sizes = await page.evaluate(() => ({
    page: document.documentElement.scrollHeight,
    wide: document.documentElement.scrollWidth,
    viewport: window.innerHeight,
    width: window.innerWidth,
  }));
  expect(sizes.page, "the chat page scrolls as a whole").toBeLessThanOrEqual(sizes.viewport);
  expect(sizes.wide, "the chat page scrolls sideways").toBeLessThanOrEqual(sizes.width);
  const composer = await page.getByLabel("Message to Nikita").boundingBox();
  expect(composer).not.toBeNull();
  expect(composer!.y + composer!.height).toBeLessThanOrEqual(sizes.viewport);
}

test("a long history fits one screen at 1280 and 390 px; the list scrolls, the composer stays", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await openChat(context, LONG.email);
  await expect(herBubbles(page).first()).toBeVisible();
  await fitsTheScreen(page);
  // Days apart, with a separator for each day (Today / Yesterday / "Mon 1 Dec").
  expect(await log(page).locator("[data-day]").count()).toBeGreaterThan(1);
  // No character counter until the text nears the limit.
  await expect(page.getByText(/characters left/)).toHaveCount(0);
  await page.getByLabel("Message to Nikita").fill("x".repeat(3900));
  await expect(page.getByText("196 characters left")).toBeVisible();
  await page.getByLabel("Message to Nikita").fill("");
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await keepScreenshot(page, "chat-history", { fullPage: false });

  await page.setViewportSize(PHONE);
  await page.reload();
  await expect(herBubbles(page).first()).toBeVisible();
  await fitsTheScreen(page);
  await keepScreenshot(page, "chat-history", { fullPage: false });
  // Every section is one tap away on a phone.
  await page.getByText("Menu").click();
  const nav = page.getByRole("navigation", { name: "Portal" });
  for (const name of ["Dashboard", "Conversations", "Diary", "Vices", "Settings"]) {
    await expect(nav.getByRole("link", { name, exact: true }).last()).toBeVisible();
  }
  await expect(nav.getByRole("button", { name: "Sign out" }).last()).toBeVisible();
  await keepScreenshot(page, "nav-menu", { fullPage: false });
  await context.close();
});

test("every reply is preceded by typing, and the player's message is read", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await openChat(context, TYPER.email);
  const composer = page.getByLabel("Message to Nikita");
  const lines = [
    "I fix old synthesizers for a living. Mostly Soviet ones, funnily enough.",
    "Right now it's a Polivoks with a dead filter. Any idea what you'd poke first?",
    "Fair. What do you do when a box you're testing fights back?",
  ];
  for (const line of lines) {
    const before = await herBubbles(page).count();
    await composer.fill(line);
    await composer.press("Enter");
    await expect(typing(page)).toBeVisible();
    await expect(page.getByText("typing…", { exact: true })).toBeVisible();
    await expect.poll(() => herBubbles(page).count(), { timeout: 20_000 }).toBeGreaterThan(before);
    await expect(typing(page)).toHaveCount(0, { timeout: 10_000 });
    await expect(log(page).getByText(/· Read$/)).toBeVisible();
  }
  await fitsTheScreen(page);
  await keepScreenshot(page, "chat", { fullPage: false });
  await page.setViewportSize(DESKTOP);
  await keepScreenshot(page, "chat", { fullPage: false });
  await context.close();
});

test("her test is a moment: framed when it starts, and passing it changes the chapter in the chat", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await openChat(context, TESTED.email);
  const composer = page.getByLabel("Message to Nikita");
  const say = async (text: string) => {
    const before = await herBubbles(page).count();
    await composer.fill(text);
    await composer.press("Enter");
    await expect.poll(() => herBubbles(page).count(), { timeout: 20_000 }).toBeGreaterThan(before);
    await expect(typing(page)).toHaveCount(0, { timeout: 10_000 });
  };

  await say(
    "I actually love that you break into things for a living. What was the first system you ever got into?",
  );
  const started = log(page).locator('[data-moment="test_started"]');
  await expect(started).toContainText("She's serious now");
  await expect(page.getByText("waiting for your answer")).toBeVisible();
  await keepScreenshot(page, "chat-test", { fullPage: false });

  // A real opinion with reasons and curiosity, twice (her opening, then her follow-up).
  await say(
    "Honestly I think most security is theatre, because people optimise for audits instead of attackers. I'd argue the best defence is boring: patching and saying no. What do you think people get wrong?",
  );
  await say(
    "I disagree that it's hopeless though. For example, my last team cut phishing in half just by making reporting easy. I think incentives beat training. Why do you keep doing this job if it's so bleak?",
  );
  const passed = log(page).locator('[data-moment="test_passed"]');
  await expect(passed).toContainText("Something changed between you");
  await expect(passed).toContainText(`Chapter 2 · ${CHAPTER_RULES[2].name}`);
  await expect(log(page).getByText(/\d+(\.\d+)? ?(points?|%)/)).toHaveCount(0);
  await keepScreenshot(page, "chat-moment", { fullPage: false });
  await page.setViewportSize(PHONE);
  await keepScreenshot(page, "chat-moment", { fullPage: false });
  await page.setViewportSize(DESKTOP);

  // The portal tells the same story.
  await page.goto(`${app.url}/dashboard`);
  await expect(page.getByText("Chapter 2 of 5:")).toBeVisible();
  const story = page.getByRole("region", { name: "What happened" });
  await expect(story).toContainText(`Passed her test “${CHAPTER_RULES[1].bossName}”`);
  await expect(story).toContainText(CHAPTER_RULES[2].name);
  await expect(
    page.getByRole("region", { name: "Score over time" }).getByText(/admin change/i),
  ).toBeVisible();
  await keepScreenshot(page, "dashboard-after-test");
  await page.goto(`${app.url}/conversations`);
  await expect(page.getByText("Her test: passed").first()).toBeVisible();
  // The list counts every bubble of the chat: hers and the player's.
  await expect(page.getByText(/^\d+ messages$/).first()).toBeVisible();
  await keepScreenshot(page, "conversations-after-test");

  await context.close();
});
