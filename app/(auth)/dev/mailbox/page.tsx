import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { isDevMailboxEnabled, listDevMailbox } from "@/lib/auth/dev-mailbox";
import { AuthShell } from "../../_components/auth-shell";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false, follow: false } };

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

// /dev/mailbox — local auth only: the sign-in emails that would have been sent, newest first.
// A 404 in Supabase mode and on any production deployment.
export default async function DevMailboxPage() {
  await connection();
  if (!isDevMailboxEnabled()) notFound();
  const mails = await listDevMailbox(await getDb());

  return (
    <AuthShell wide>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Dev mailbox</h1>
        <Link
          href="/dev/mailbox"
          className="text-sm font-semibold text-rose-soft underline underline-offset-2"
        >
          Refresh
        </Link>
      </div>
      <p className="mt-2 text-mist">
        Local auth doesn&apos;t send email. Sign-in links land here (and in the server log). Each works once,
        for ten minutes.
      </p>

      {mails.length === 0 ? (
        <p className="mt-6 rounded-xl border border-plum px-4 py-6 text-center text-mist">
          No mail yet.{" "}
          <Link href="/sign-in" className="font-semibold text-rose-soft underline underline-offset-2">
            Request a sign-in link
          </Link>
          .
        </p>
      ) : (
        <ul className="mt-6 flex flex-col gap-3">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded-xl border border-plum bg-ink/60 p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <span className="font-semibold break-all text-white">{mail.toEmail}</span>
                <time dateTime={mail.createdAt.toISOString()} className="text-xs text-mist">
                  {timeFormat.format(mail.createdAt)} UTC
                </time>
              </div>
              <p className="mt-1 text-sm text-mist">{mail.subject}</p>
              {mail.link ? (
                <a
                  href={mail.link}
                  className="mt-3 inline-block rounded-full bg-rose px-4 py-2 text-sm font-semibold text-ink hover:bg-rose-soft"
                >
                  Sign in as {mail.toEmail}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </AuthShell>
  );
}
