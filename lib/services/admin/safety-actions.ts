// Safety queue actions (issue 11): clear an age lock (the player may play again) or keep it
// (the account stays locked), and mark a guard block or crisis flag as reviewed. Audited like
// every admin action; the open safety events of the player are resolved with it.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { players, safetyEvents } from "@/db/schema";
import type { SessionClaims } from "@/lib/auth/claims";
import { AppError } from "@/lib/errors";
import { actorFrom, confirmSchema, reasonSchema, writeAudit } from "./audit";
import { parseAdminInput } from "./validate";

const AGE_KINDS = ["minor", "age_lock"] as const;

export const ageLockActionSchema = z.object({
  reason: reasonSchema,
  confirm: confirmSchema,
  playerId: z.uuid("Unknown player id."),
  decision: z.enum(["clear", "keep"]),
});

export const reviewEventSchema = z.object({
  reason: reasonSchema,
  confirm: confirmSchema,
  eventId: z.coerce.number().int().positive("Unknown event."),
});

export async function performAgeLockAction(
  db: Db,
  claims: SessionClaims | null,
  input: unknown,
  now = new Date(),
) {
  const actor = actorFrom(claims);
  const a = parseAdminInput(ageLockActionSchema, input);
  return db.transaction(async (tx) => {
    const [player] = await tx
      .select({ ageLock: players.ageLock })
      .from(players)
      .where(eq(players.id, a.playerId))
      .for("update");
    if (!player) throw new AppError("not_found:player", "No such player.");
    const ageLock = a.decision === "clear" ? "none" : "locked";
    await tx.update(players).set({ ageLock, updatedAt: now }).where(eq(players.id, a.playerId));
    const resolved = await tx
      .update(safetyEvents)
      .set({ status: a.decision === "clear" ? "cleared" : "kept", resolvedBy: actor.userId, resolvedAt: now })
      .where(
        and(
          eq(safetyEvents.playerId, a.playerId),
          eq(safetyEvents.status, "open"),
          inArray(safetyEvents.kind, [...AGE_KINDS]),
        ),
      )
      .returning({ id: safetyEvents.id });
    await writeAudit(tx, {
      actor,
      action: a.decision === "clear" ? "clear_age_lock" : "keep_age_lock",
      playerId: a.playerId,
      before: { ageLock: player.ageLock },
      after: { ageLock, resolvedEvents: resolved.map((r) => r.id) },
      reason: a.reason,
      now,
    });
    return { message: a.decision === "clear" ? "Age lock cleared." : "Age lock kept." };
  });
}

export async function performReviewEvent(
  db: Db,
  claims: SessionClaims | null,
  input: unknown,
  now = new Date(),
) {
  const actor = actorFrom(claims);
  const a = parseAdminInput(reviewEventSchema, input);
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(safetyEvents).where(eq(safetyEvents.id, a.eventId)).for("update");
    if (!event) throw new AppError("not_found:event", "No such safety event.");
    if (event.status !== "open") throw new AppError("conflict:event", "This event was already reviewed.");
    await tx
      .update(safetyEvents)
      .set({ status: "cleared", resolvedBy: actor.userId, resolvedAt: now })
      .where(eq(safetyEvents.id, a.eventId));
    await writeAudit(tx, {
      actor,
      action: "review_safety_event",
      playerId: event.playerId,
      before: { eventId: event.id, kind: event.kind, status: event.status },
      after: { eventId: event.id, status: "cleared" },
      reason: a.reason,
      now,
    });
    return { message: "Marked as reviewed." };
  });
}
