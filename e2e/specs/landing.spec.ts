// The public landing page in Chromium: what the game is, 18+, both ways to start, no
// serious accessibility violations, usable at 375 px.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { keepScreenshot, PHONE } from "@/e2e/support/screenshots";

test("a visitor learns what the game is and how to start", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Don't Get Dumped");
  await expect(page.getByText("18+ only")).toBeVisible();
  await expect(page.getByRole("link", { name: "Play in the browser" })).toHaveAttribute("href", "/sign-in");
  // With no Telegram bot configured, the browser is the primary call to action.
  await expect(page.getByRole("link", { name: "Play in the browser" })).toHaveClass(/bg-rose/);
  await expect(page.getByRole("complementary", { name: "How she texts" })).toContainText("Nikita, 25");
  await keepScreenshot(page, "landing");
  await page.goto("/sign-in");
  await keepScreenshot(page, "sign-in");

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);
});

test("the landing page fits a 390 px phone", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("link", { name: "Play in the browser" })).toBeVisible();
  await keepScreenshot(page, "landing");
  await page.goto("/sign-in");
  await keepScreenshot(page, "sign-in");
});
