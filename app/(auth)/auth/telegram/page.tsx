import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AuthShell, Notice } from "../../_components/auth-shell";
import { SubmitButton } from "../../_components/submit-button";
import { signInFromTelegram } from "./actions";

export const metadata: Metadata = { title: "Open your dashboard", referrer: "no-referrer" };

const PROBLEMS = {
  used: {
    title: "This link was already used.",
    body: "Each link from Telegram works once. Send /portal to Nikita for a fresh one.",
  },
  expired: {
    title: "This link has expired.",
    body: "Links from Telegram last ten minutes. Send /portal to Nikita for a fresh one.",
  },
  invalid: {
    title: "This link doesn't work.",
    body: "It may have been copied only in part. Send /portal to Nikita for a fresh one.",
  },
  unavailable: {
    title: "Signing in from Telegram isn't available right now.",
    body: "Try again in a bit, or sign in with your email instead.",
  },
} as const;

const searchSchema = z.object({
  code: z.string().max(128).optional().catch(undefined),
  status: z
    .enum(Object.keys(PROBLEMS) as [keyof typeof PROBLEMS])
    .optional()
    .catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// /auth/telegram?code=… — the one-time link Telegram's /portal sends. Opening it changes
// nothing: the code is spent only when the player presses the button, so link previews and
// scanners that fetch the URL cannot use it up.
export default async function TelegramSignInPage({ searchParams }: Props) {
  const { code, status } = searchSchema.parse(await searchParams);
  const problem = status ? PROBLEMS[status] : !code ? PROBLEMS.invalid : null;

  return (
    <AuthShell>
      <h1 className="text-2xl font-bold">Your dashboard</h1>
      {problem ? (
        <div className="mt-6 flex flex-col gap-4">
          <Notice tone="error">
            <strong className="block font-semibold">{problem.title}</strong>
            {problem.body}
          </Notice>
          <Link href="/sign-in" className="text-sm font-semibold text-rose-soft underline underline-offset-2">
            Sign in with email instead
          </Link>
        </div>
      ) : (
        <form action={signInFromTelegram} className="mt-6 flex flex-col gap-4">
          <p className="text-mist">
            You came from Telegram. One tap and you&apos;re in — this link works once.
          </p>
          <input type="hidden" name="code" value={code} />
          <SubmitButton pendingLabel="Opening…">Open my dashboard</SubmitButton>
        </form>
      )}
    </AuthShell>
  );
}
