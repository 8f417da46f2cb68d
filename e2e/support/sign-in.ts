// Signing in as a player does in local-auth mode: ask for a link on /sign-in, open it from the
// email the server sent (to its fake SMTP relay: `next start` is production, which has no dev
// mailbox). Resolves with the new page once it has landed where `landsOn` says (if given).
import { type BrowserContext, expect, type Page } from "@playwright/test";
import { appServerAt } from "./app-server";

/** The sign-in link in a mail's text. */
export function linkInMail(text: string): string {
  const link = /https?:\/\/\S+\/auth\/confirm\?\S+/.exec(text)?.[0];
  if (!link) throw new Error(`no sign-in link in the mail:\n${text}`);
  return link;
}

export async function signInWithEmailLink(
  context: BrowserContext,
  appUrl: string,
  email: string,
  options: { next?: string; landsOn?: RegExp | ((url: URL) => boolean) } = {},
): Promise<Page> {
  const server = appServerAt(appUrl);
  if (!server) throw new Error(`no app server started at ${appUrl} (use startAppServer)`);
  const sentAfter = Date.now();
  const page = await context.newPage();
  const query = options.next ? `?next=${encodeURIComponent(options.next)}` : "";
  await page.goto(`${appUrl}/sign-in${query}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status").or(page.getByRole("alert")).first()).toBeVisible();
  const mail = await server.mail.waitForMail(email, { after: sentAfter });
  await page.goto(linkInMail(mail.text));
  if (options.landsOn) await page.waitForURL(options.landsOn);
  return page;
}
