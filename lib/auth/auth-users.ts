// The local auth provider's user store: `auth.users`, the Supabase-compatible table the first
// migration creates where Supabase is absent. Declared here rather than in db/schema because
// drizzle-kit manages only the public schema; on Supabase the real table is GoTrue's and the
// app never writes it (Supabase mode goes through the Auth API instead).
import { eq, sql } from "drizzle-orm";
import { jsonb, pgSchema, text, uuid } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db";
import { tstz } from "@/db/schema/_shared";
import { telegramPlaceholderEmail } from "./claims";

const auth = pgSchema("auth");

export const authUsers = auth.table("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").unique(),
  emailConfirmedAt: tstz("email_confirmed_at"),
  rawAppMetaData: jsonb("raw_app_meta_data").$type<Record<string, unknown>>().notNull().default({}),
  rawUserMetaData: jsonb("raw_user_meta_data").$type<Record<string, unknown>>().notNull().default({}),
  lastSignInAt: tstz("last_sign_in_at"),
  createdAt: tstz("created_at").notNull().defaultNow(),
  updatedAt: tstz("updated_at").notNull().defaultNow(),
});

export type AuthUser = typeof authUsers.$inferSelect;

/** Emails are compared case-insensitively: stored trimmed and lower-cased. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** The user with this email, created (unconfirmed) on first sign-in request. */
export async function findOrCreateAuthUserByEmail(
  db: DbOrTx,
  params: { email: string; now: Date },
): Promise<AuthUser> {
  const email = normalizeEmail(params.email);
  const [user] = await db
    .insert(authUsers)
    .values({
      email,
      rawAppMetaData: { provider: "email", providers: ["email"] },
      rawUserMetaData: { email, email_verified: false },
      createdAt: params.now,
      updatedAt: params.now,
    })
    .onConflictDoUpdate({ target: authUsers.email, set: { updatedAt: params.now } })
    .returning();
  if (!user) throw new Error("auth user upsert returned no row");
  return user;
}

export async function getAuthUser(db: DbOrTx, params: { id: string }): Promise<AuthUser | null> {
  const [user] = await db.select().from(authUsers).where(eq(authUsers.id, params.id));
  return user ?? null;
}

/** Records a completed sign-in; `emailProven` also confirms the address (first time only). */
export async function recordSignIn(
  db: DbOrTx,
  params: { id: string; now: Date; emailProven: boolean },
): Promise<AuthUser | null> {
  const [user] = await db
    .update(authUsers)
    .set({
      lastSignInAt: params.now,
      updatedAt: params.now,
      ...(params.emailProven
        ? {
            emailConfirmedAt: sql`coalesce(${authUsers.emailConfirmedAt}, ${params.now.toISOString()}::timestamptz)`,
            rawUserMetaData: sql`${authUsers.rawUserMetaData} || '{"email_verified": true}'::jsonb`,
          }
        : {}),
    })
    .where(eq(authUsers.id, params.id))
    .returning();
  return user ?? null;
}

/** A Telegram-only player's auth user: placeholder address, never confirmed (never an inbox). */
export async function findOrCreateTelegramAuthUser(
  db: DbOrTx,
  params: { telegramId: number; now: Date },
): Promise<AuthUser> {
  const email = telegramPlaceholderEmail(params.telegramId);
  const [user] = await db
    .insert(authUsers)
    .values({
      email,
      rawAppMetaData: { provider: "telegram", providers: ["telegram"] },
      rawUserMetaData: { telegram_id: params.telegramId },
      createdAt: params.now,
      updatedAt: params.now,
    })
    .onConflictDoUpdate({ target: authUsers.email, set: { updatedAt: params.now } })
    .returning();
  if (!user) throw new Error("telegram auth user upsert returned no row");
  return user;
}
