"use server";
// The admin server actions. Each one checks the caller first (assertAdminAction: 401/403 as a
// refusal message, never a change), then hands the form to the admin service, which
// re-checks, validates, runs one transaction and writes the audit row.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/app/_components/admin/action-form";
import { getDb } from "@/db";
import { assertAdminAction } from "@/lib/auth/admin";
import type { SessionClaims } from "@/lib/auth/claims";
import { isAppError } from "@/lib/errors";
import { recordError } from "@/lib/observability/record-error";
import { type BalanceReport, runBalance } from "@/lib/services/admin/balance";
import { performEventAction, performRunJob, performSetWebhook } from "@/lib/services/admin/ops-actions";
import { performPlayerAction } from "@/lib/services/admin/player-actions";
import { performAgeLockAction, performReviewEvent } from "@/lib/services/admin/safety-actions";
import { ensurePlayer } from "@/lib/services/ensure-player";

/** Form fields as a plain object; the confirmation box becomes a boolean. */
function formInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("$") && typeof value === "string") input[key] = value;
  }
  input.confirm = form.get("confirm") === "yes";
  return input;
}

async function run(
  scope: string,
  perform: (claims: SessionClaims, input: Record<string, unknown>) => Promise<{ message: string }>,
  form: FormData,
): Promise<ActionState> {
  try {
    const admin = await assertAdminAction();
    const { message } = await perform(admin.claims, formInput(form));
    revalidatePath("/admin", "layout");
    return { ok: true, message };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    await recordError(`admin:${scope}`, error);
    return { ok: false, message: "That failed on our side; the error log has the details." };
  }
}

export async function playerAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run("player", async (claims, input) => performPlayerAction(await getDb(), claims, input), form);
}

export async function eventAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run("event", async (claims, input) => performEventAction(await getDb(), claims, input), form);
}

export async function runJobAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(
    "run-job",
    async (claims, input) => {
      const r = await performRunJob(await getDb(), claims, input);
      const counts = Object.entries(r.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ");
      return {
        message: `${r.job}: ${r.status} in ${r.durationMs} ms${counts ? ` (${counts})` : ""}${r.error ? ` — ${r.error}` : ""}`,
      };
    },
    form,
  );
}

export async function webhookAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(
    "webhook",
    async (claims, input) => {
      const info = await performSetWebhook(await getDb(), claims, {
        ...input,
        dropPendingUpdates: form.get("dropPendingUpdates") === "yes",
      });
      return { message: `Webhook set to ${info.url}; ${info.pendingUpdateCount} updates pending.` };
    },
    form,
  );
}

export async function ageLockAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run("age-lock", async (claims, input) => performAgeLockAction(await getDb(), claims, input), form);
}

export async function reviewSafetyAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(
    "safety-review",
    async (claims, input) => performReviewEvent(await getDb(), claims, input),
    form,
  );
}

export type BalanceState = { ok: true; report: BalanceReport } | { ok: false; message: string } | null;

/** Runs the simulator (no audit: it reads nothing and changes nothing). */
export async function balanceAction(_: BalanceState, form: FormData): Promise<BalanceState> {
  try {
    const admin = await assertAdminAction();
    const report = runBalance(admin.claims, {
      players: form.get("players"),
      days: form.get("days"),
      seed: form.get("seed"),
      hardMode: form.get("hardMode") === "yes",
      archetypes: form.getAll("archetypes"),
    });
    return { ok: true, report };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    await recordError("admin:balance", error);
    return { ok: false, message: "The simulation failed; the error log has the details." };
  }
}

/**
 * "Play as a player": the admin chooses to play, so they get a player row like any newcomer
 * (sign-in never makes one for an admin) and go through onboarding.
 */
export async function playAsPlayerAction(): Promise<void> {
  const admin = await assertAdminAction();
  await ensurePlayer(await getDb(), { authUserId: admin.userId, email: admin.email });
  redirect("/onboarding");
}
