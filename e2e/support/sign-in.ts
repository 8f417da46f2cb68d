// Signing in as a player does in local-auth mode: ask for a link on /sign-in, open it from the
// dev mailbox. Resolves with the new page once it has landed where `landsOn` says (if given).
import { type BrowserContext, expect, type Page } from "@playwright/test";

export async function signInWithEmailLink(
  context: BrowserContext,
  appUrl: string,
  email: string,
  options: { next?: string; landsOn?: RegExp | ((url: URL) => boolean) } = {},
): Promise<Page> {
  const page = await context.newPage();
  const query = options.next ? `?next=${encodeURIComponent(options.next)}` : "";
  await page.goto(`${appUrl}/sign-in${query}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status").or(page.getByRole("alert")).first()).toBeVisible();
  await page.goto(`${appUrl}/dev/mailbox`);
  await page
    .getByRole("link", { name: `Sign in as ${email}` })
    .first()
    .click();
  if (options.landsOn) await page.waitForURL(options.landsOn);
  return page;
}
