"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { getDb } from "@/db";
import { withPlayer } from "@/db/with-player";
import { authContextFromEnv, signOut } from "@/lib/auth/sign-in";
import { env } from "@/lib/env";
import { getMemoryStore } from "@/lib/memory";
import { createLogger } from "@/lib/observability/logger";
import { deleteAccount, isDeleteConfirmed } from "@/lib/services/account/delete-account";
import { authUserRemover } from "@/lib/services/account/remove-auth-user";
import { loadAccountPlayer } from "@/lib/services/account/session-player";
import { settingsFromForm, updateSettings } from "@/lib/services/account/settings";
import { createTelegramLinkCode, LINK_CODE_TTL_MS } from "@/lib/services/link-codes";

const log = createLogger("settings");

export type SaveState = { status: "idle" | "saved" | "invalid" | "failed"; message?: string };
export type LinkState = {
  status: "idle" | "ready" | "failed";
  link?: string;
  expiresAt?: string;
  message?: string;
};
export type DeleteState = { status: "idle" | "unconfirmed" | "failed"; message?: string };

async function signedInPlayer() {
  const { claims, player } = await loadAccountPlayer("/settings");
  if (!player) redirect("/sign-in");
  return { claims, player };
}

/** Time zone, notifications, hard mode — written as the player (RLS + column grants). */
export async function saveSettings(_prev: SaveState, form: FormData): Promise<SaveState> {
  const { claims, player } = await signedInPlayer();
  try {
    await withPlayer(claims, (tx) =>
      updateSettings(tx, { playerId: player.id, input: settingsFromForm(form), now: new Date() }),
    );
    return { status: "saved", message: "Saved." };
  } catch (error) {
    if (error instanceof ZodError) return { status: "invalid", message: error.issues[0]?.message };
    log.error("saving settings failed", { playerId: player.id, error });
    return { status: "failed", message: "Couldn't save — try again." };
  }
}

/** A fresh single-use t.me deep link that binds this account to Telegram. */
export async function createTelegramLink(_prev: LinkState): Promise<LinkState> {
  const { player } = await signedInPlayer();
  if (!env.TELEGRAM_BOT_USERNAME)
    return { status: "failed", message: "Telegram isn't set up on this server." };
  try {
    const now = new Date();
    const link = await createTelegramLinkCode(await getDb(), player.id, { now });
    return { status: "ready", link, expiresAt: new Date(now.getTime() + LINK_CODE_TTL_MS).toISOString() };
  } catch (error) {
    log.error("creating a Telegram link code failed", { playerId: player.id, error });
    return { status: "failed", message: "Couldn't make a link — try again." };
  }
}

/** Deletes everything about the player after the typed confirmation, then signs out. */
export async function deleteMyAccount(_prev: DeleteState, form: FormData): Promise<DeleteState> {
  const { player } = await signedInPlayer();
  if (!isDeleteConfirmed(form.get("confirmation"))) {
    return { status: "unconfirmed", message: "Type the words exactly as shown to confirm." };
  }
  try {
    await deleteAccount(await getDb(), {
      playerId: player.id,
      memory: await getMemoryStore(),
      deleteAuthUser: authUserRemover(),
    });
  } catch (error) {
    log.error("account deletion failed", { playerId: player.id, error });
    return { status: "failed", message: "Couldn't delete your account just now. Try again in a moment." };
  }
  await signOut(await authContextFromEnv(), await cookies());
  redirect("/?deleted=1");
}
