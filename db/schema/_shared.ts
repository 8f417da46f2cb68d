// Column helpers and the row-level-security policy shared by every player-owned table.
// Policies use the `(select auth.uid())` form so Postgres evaluates the uid once per query.
import { sql } from "drizzle-orm";
import { numeric, pgPolicy, pgRole, timestamp, uuid } from "drizzle-orm/pg-core";

export const authenticated = pgRole("authenticated").existing();
export const serviceRole = pgRole("service_role").existing();

export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
export const createdAt = () => tstz("created_at").notNull().defaultNow();
export const updatedAt = () => tstz("updated_at").notNull().defaultNow();
/** Metrics and scores: 0–100 with two decimals, read as numbers. */
export const points = (name: string) => numeric(name, { precision: 5, scale: 2, mode: "number" });
export const playerIdColumn = () => uuid("player_id").notNull();

/** The signed-in player's own rows: `player_id` belongs to a player linked to auth.uid(). */
export const ownPlayerRows = sql`player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid()))`;

/** Read-only access for the player to their own rows. */
export const playerReadPolicy = (table: string) =>
  pgPolicy(`${table}_select_own`, { for: "select", to: authenticated, using: ownPlayerRows });
