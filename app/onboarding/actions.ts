"use server";

import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { loadAccountPlayer } from "@/lib/services/account/session-player";
import { finishOnboarding, onboardingAnswersSchema } from "@/lib/services/onboarding";

export type OnboardingFormState = { errors: Record<string, string>; values: Record<string, string> };

const FIELDS = ["name", "timezone", "country", "darkness"] as const;

/** Server action behind the onboarding form: validate, start the game, open the chat. */
export async function submitOnboarding(
  _prev: OnboardingFormState,
  form: FormData,
): Promise<OnboardingFormState> {
  const { player } = await loadAccountPlayer("/onboarding");
  if (!player) redirect("/sign-in");
  if (player.status !== "onboarding") redirect("/dashboard");

  const values = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")]));
  const parsed = onboardingAnswersSchema.safeParse({
    name: values.name,
    isAdultConfirmed: form.get("isAdultConfirmed") === "on",
    timezone: values.timezone,
    country: values.country?.trim() ? values.country : undefined,
    darkness: values.darkness,
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      errors[field] ??= issue.message;
    }
    return { errors, values };
  }

  const db = await getDb();
  await db.transaction((tx) =>
    finishOnboarding(tx, {
      playerId: player.id,
      answers: parsed.data,
      platform: "web",
      now: new Date(),
      seed: randomInt(2 ** 31),
    }),
  );
  redirect("/chat");
}
