"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requestOrigin } from "@/lib/auth/request-origin";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { authContextFromEnv, sendSignInLink } from "@/lib/auth/sign-in";

const MAX_EMAIL_LENGTH = 254;
const signInFormSchema = z.object({
  email: z.string().trim().toLowerCase().max(MAX_EMAIL_LENGTH).pipe(z.email()),
  next: z.string().optional(),
});

/** Server action behind the sign-in form: email a link, then show "check your inbox" (or why not). */
export async function requestSignInLink(formData: FormData): Promise<void> {
  const parsed = signInFormSchema.safeParse({
    email: formData.get("email") ?? "",
    next: formData.get("next") ?? undefined,
  });
  const next = safeNextPath(parsed.success ? parsed.data.next : formData.get("next"));
  if (!parsed.success) redirect(`/sign-in?${new URLSearchParams({ next, error: "invalid_email" })}`);

  const ctx = await authContextFromEnv({ requestOrigin: requestOrigin(await headers()) });
  const result = await sendSignInLink(ctx, await cookies(), {
    email: parsed.data.email,
    next,
  });
  const outcome: [string, string] = result.status === "sent" ? ["sent", "1"] : ["error", result.status];
  redirect(`/sign-in?${new URLSearchParams([["next", next], outcome])}`);
}
