// The player's own settings from the portal: time zone, notifications (her proactive
// messages), hard mode. Validated here; written inside `withPlayer`, where the column grants
// let a player change exactly these columns of their own row and nothing else.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { players } from "@/db/schema";
import { isValidTimeZone } from "@/lib/engine/time";
import { AppError } from "@/lib/errors";

export const settingsSchema = z.object({
  timezone: z.string().trim().refine(isValidTimeZone, "Pick a valid time zone, e.g. Europe/Berlin."),
  notificationsEnabled: z.boolean(),
  hardMode: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A settings form: unchecked checkboxes are simply absent. */
export function settingsFromForm(form: FormData): unknown {
  return {
    timezone: form.get("timezone") ?? "",
    notificationsEnabled: form.get("notificationsEnabled") === "on",
    hardMode: form.get("hardMode") === "on",
  };
}

export async function updateSettings(
  db: DbOrTx,
  params: { playerId: string; input: unknown; now: Date },
): Promise<Settings> {
  const settings = settingsSchema.parse(params.input);
  const updated = await db
    .update(players)
    .set({ ...settings, updatedAt: params.now })
    .where(eq(players.id, params.playerId))
    .returning({ id: players.id });
  if (updated.length === 0) throw new AppError("not_found:player", "We couldn't find your account.");
  return settings;
}
