import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { isDevMailboxEnabled } from "@/lib/auth/dev-mailbox";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { getSessionClaims } from "@/lib/auth/session";
import { AuthShell, Notice } from "../_components/auth-shell";
import { SubmitButton } from "../_components/submit-button";
import { requestSignInLink } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

const ERROR_MESSAGES = {
  invalid_email: "That doesn't look like an email address. Try again?",
  throttled: "We've sent a few links to that address already. Check your inbox, or try again in ten minutes.",
  failed: "We couldn't send the link just now. Give it a moment and try again.",
  link_expired: "That sign-in link has expired or was already used. Enter your email for a fresh one.",
  link_used: "That sign-in link was already used. Enter your email for a fresh one.",
  link_invalid: "That sign-in link doesn't work. Enter your email for a fresh one.",
  unavailable: "Signing in isn't available right now. Please try again later.",
} as const;

const searchSchema = z.object({
  next: z.string().optional().catch(undefined),
  sent: z.literal("1").optional().catch(undefined),
  error: z
    .enum(Object.keys(ERROR_MESSAGES) as [keyof typeof ERROR_MESSAGES])
    .optional()
    .catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The sign-in page: one email field that sends a single-use link; "check your inbox" after.
export default async function SignInPage({ searchParams }: Props) {
  const params = searchSchema.parse(await searchParams);
  const next = safeNextPath(params.next);
  if (await getSessionClaims()) redirect(next);
  const showMailbox = isDevMailboxEnabled();

  return (
    <AuthShell>
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-2 text-mist">
        No passwords. We email you a link that signs you in — it works once, for ten minutes.
      </p>

      <div className="mt-6 flex flex-col gap-4">
        {params.sent ? (
          <Notice tone="info">
            <strong className="block font-semibold">Check your inbox.</strong>
            If that address can sign in, a link is on its way. Open it on this device.
            {showMailbox ? (
              <>
                {" "}
                Running locally? Your mail is in the{" "}
                <Link
                  href="/dev/mailbox"
                  className="font-semibold text-rose-soft underline underline-offset-2"
                >
                  dev mailbox
                </Link>
                .
              </>
            ) : null}
          </Notice>
        ) : null}
        {params.error ? <Notice tone="error">{ERROR_MESSAGES[params.error]}</Notice> : null}

        <form action={requestSignInLink} className="flex flex-col gap-4">
          <input type="hidden" name="next" value={next} />
          <div className="flex flex-col gap-2">
            <label htmlFor="email" className="text-sm font-medium text-white">
              Email address
            </label>
            <input
              id="email"
              name="email"
              type="email"
              required
              autoComplete="email"
              inputMode="email"
              maxLength={254}
              placeholder="you@example.com"
              aria-describedby={params.error === "invalid_email" ? "email-error" : undefined}
              aria-invalid={params.error === "invalid_email" ? true : undefined}
              className="w-full rounded-xl border border-plum bg-ink px-4 py-3 text-white placeholder:text-mist/70 focus:border-rose-soft"
            />
            {params.error === "invalid_email" ? (
              <span id="email-error" className="sr-only">
                {ERROR_MESSAGES.invalid_email}
              </span>
            ) : null}
          </div>
          <SubmitButton pendingLabel="Sending…">Email me a sign-in link</SubmitButton>
        </form>

        {showMailbox ? (
          <p className="text-sm text-mist">
            Local mode: no email is really sent. Links land in the{" "}
            <Link href="/dev/mailbox" className="font-semibold text-rose-soft underline underline-offset-2">
              dev mailbox
            </Link>
            .
          </p>
        ) : null}
      </div>
    </AuthShell>
  );
}
