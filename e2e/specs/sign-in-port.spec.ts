// Local sign-in links in production (`next start`) are emailed over SMTP_URL, so they point at
// APP_URL and never at whatever Host the request claimed (in development they follow the
// request's own origin instead, lib/auth/request-origin.ts, because `next dev` may move ports).
// Following the emailed link signs the visitor in.
import { expect, test } from "@playwright/test";
import { type AppServer, startAppServer } from "@/e2e/support/app-server";
import { linkInMail } from "@/e2e/support/sign-in";

let app: AppServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startAppServer();
});

test.afterAll(async () => {
  await app?.stop();
});

test("the emailed sign-in link points at APP_URL and signs the visitor in", async ({ page }) => {
  const sentAfter = Date.now();
  await page.goto(`${app.url.replace("127.0.0.1", "localhost")}/sign-in`);
  await page.getByLabel("Email address").fill("port.player@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Check your inbox.")).toBeVisible();
  const mail = await app.mail.waitForMail("port.player@example.com", { after: sentAfter });
  const link = linkInMail(mail.text);
  // The visitor came in as localhost; the link is built from APP_URL (127.0.0.1), not the Host.
  expect(link.startsWith(`${app.url}/auth/confirm?`)).toBe(true);
  await page.goto(link);
  await page.waitForURL(/\/onboarding/);
  await expect(page.getByRole("heading", { name: "Before you meet her" })).toBeVisible();
});
