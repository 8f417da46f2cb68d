"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authContextFromEnv, completePortalSignIn } from "@/lib/auth/sign-in";

const MAX_CODE_LENGTH = 128;
const portalFormSchema = z.object({ code: z.string().min(1).max(MAX_CODE_LENGTH) });

/** Server action behind "Open my dashboard": spend the Telegram link code and sign the player in. */
export async function signInFromTelegram(formData: FormData): Promise<void> {
  const parsed = portalFormSchema.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success) redirect("/auth/telegram?status=invalid");
  const result = await completePortalSignIn(await authContextFromEnv(), await cookies(), {
    code: parsed.data.code,
  });
  if (result.status === "ok") redirect(result.redirectTo);
  redirect(`/auth/telegram?${new URLSearchParams({ status: result.status })}`);
}
