// A local sign-in link works on whatever port the server runs: the server here believes
// APP_URL is the default http://localhost:3000 (as on a laptop where Next moved to another
// port because 3000 was busy), yet the link in the dev mailbox points at the address the
// visitor used, and following it signs them in. The typed email survives a sign-in error.
import { expect, test } from "@playwright/test";
import { type AppServer, startAppServer } from "@/e2e/support/app-server";

let app: AppServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startAppServer({ APP_URL: "http://localhost:3000" });
});

test.afterAll(async () => {
  await app?.stop();
});

test("the dev mailbox link uses the request's own origin, not APP_URL", async ({ page }) => {
  expect(app.port).not.toBe(3000);
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel("Email address").fill("port.player@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Check your inbox.")).toBeVisible();
  await page.goto(`${app.url}/dev/mailbox`);
  const link = page.getByRole("link", { name: "Sign in as port.player@example.com" }).first();
  await expect(link).toHaveAttribute("href", new RegExp(`^${app.url.replace(/\./g, "\\.")}/auth/confirm\\?`));
  await link.click();
  await page.waitForURL(/\/onboarding/);
  await expect(page.getByRole("heading", { name: "Before you meet her" })).toBeVisible();
});
