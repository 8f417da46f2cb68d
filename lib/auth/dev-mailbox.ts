// The dev mailbox: where local auth "sends" sign-in emails in development. It exists only in
// local auth mode outside production (NODE_ENV=production, on Vercel or not): there it would
// hand anyone a sign-in link; production local auth emails links over SMTP_URL instead.
import { desc } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { devMailbox } from "@/db/schema";
import { env } from "@/lib/env";

export const DEV_MAILBOX_PAGE_SIZE = 20;

export function isDevMailboxEnabled(): boolean {
  return env.authMode === "local" && !env.isProduction;
}

export type DevMail = { id: number; toEmail: string; subject: string; link: string | null; createdAt: Date };

/** The newest mails first. */
export async function listDevMailbox(db: DbOrTx, params: { limit?: number } = {}): Promise<DevMail[]> {
  return db
    .select({
      id: devMailbox.id,
      toEmail: devMailbox.toEmail,
      subject: devMailbox.subject,
      link: devMailbox.link,
      createdAt: devMailbox.createdAt,
    })
    .from(devMailbox)
    .orderBy(desc(devMailbox.id))
    .limit(params.limit ?? DEV_MAILBOX_PAGE_SIZE);
}
