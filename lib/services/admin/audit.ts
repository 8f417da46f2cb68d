// The admin audit trail: every admin action writes one admin_audit_log row (who, what, on
// which player, the state before and after, and why) inside the action's own transaction, so
// a change and its record commit or roll back together. Also the shared input pieces every
// action form sends: a required reason and an explicit confirmation.
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { adminAuditLog } from "@/db/schema";
import { type AdminIdentity, authorizeAdmin } from "@/lib/auth/admin";
import type { SessionClaims } from "@/lib/auth/claims";

const MIN_REASON = 3;
const MAX_REASON = 500;

export const reasonSchema = z
  .string({ error: "A reason is required." })
  .trim()
  .min(MIN_REASON, `Give a reason (at least ${MIN_REASON} characters).`)
  .max(MAX_REASON, `Keep the reason under ${MAX_REASON} characters.`);

/** The form's "yes, do it" box: any action without it is refused. */
export const confirmSchema = z.literal(true, { error: "Confirm the action first." });

export type AdminActor = Pick<AdminIdentity, "userId" | "email">;

/** Re-checks the caller inside the service: null claims → 401, a player → 403. */
export function actorFrom(claims: SessionClaims | null): AdminActor {
  const admin = authorizeAdmin(claims);
  return { userId: admin.userId, email: admin.email };
}

export interface AuditEntry {
  actor: AdminActor;
  action: string;
  playerId: string | null;
  before: unknown;
  after: unknown;
  reason: string;
  now: Date;
}

export async function writeAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(adminAuditLog).values({
    adminUserId: entry.actor.userId,
    adminEmail: entry.actor.email,
    action: entry.action,
    playerId: entry.playerId,
    before: toJson(entry.before),
    after: toJson(entry.after),
    reason: entry.reason,
    createdAt: entry.now,
  });
}

/** Dates become ISO strings so before/after read the same on both drivers. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
