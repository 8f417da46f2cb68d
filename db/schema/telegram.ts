// Telegram aggregate: seen update ids (exactly-once acceptance) and single-use link codes
// (portal ⇄ Telegram binding, portal sign-in links, local magic links). Codes are stored
// as SHA-256 hashes; the plain code only ever exists in the link sent to its owner.
import { bigint, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, tstz } from "./_shared";
import { players } from "./players";

export const telegramUpdates = pgTable(
  "telegram_updates",
  {
    updateId: bigint("update_id", { mode: "number" }).primaryKey(),
    playerId: uuid("player_id"),
    receivedAt: tstz("received_at").notNull().defaultNow(),
  },
  (t) => [index("telegram_updates_received_idx").on(t.receivedAt)],
).enableRLS();

export type LinkCodePurpose = "telegram_link" | "portal_login" | "magic_link";

export const linkCodes = pgTable(
  "link_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    purpose: text("purpose").$type<LinkCodePurpose>().notNull(),
    playerId: uuid("player_id").references(() => players.id, { onDelete: "cascade" }),
    authUserId: uuid("auth_user_id"),
    email: text("email"),
    redirectTo: text("redirect_to"),
    expiresAt: tstz("expires_at").notNull(),
    usedAt: tstz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("link_codes_expires_idx").on(t.expiresAt)],
).enableRLS();
