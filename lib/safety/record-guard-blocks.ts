// Guard blocks become safety_events (kind guard_block) with the blocked draft and what was
// sent instead, so admins see them in the safety queue. Call it in the same transaction that
// schedules the guarded text.
import type { DbOrTx } from "@/db";
import { safetyEvents } from "@/db/schema";
import type { GuardedText } from "./guard-outbound";

const MAX_STORED_CHARS = 2000;

export async function recordGuardBlocks(
  db: DbOrTx,
  params: { playerId: string | null; messageId: number | null; guarded: GuardedText; source?: string },
): Promise<void> {
  if (params.guarded.blocked.length === 0) return;
  await db.insert(safetyEvents).values(
    params.guarded.blocked.map((b) => ({
      playerId: params.playerId,
      kind: "guard_block" as const,
      messageId: params.messageId,
      content: b.original.slice(0, MAX_STORED_CHARS),
      sentInstead: params.guarded.text,
      details: { rules: b.rules, ...(params.source ? { source: params.source } : {}) },
    })),
  );
}
