// Player aggregate: the player row (identity, game state, settings) and its per-player state
// tables. The score columns are written only by the service layer through the engine.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import type { EngagementStateName, PlayerStatus } from "@/lib/engine/vocabulary";
import {
  authenticated,
  createdAt,
  playerIdColumn,
  playerReadPolicy,
  points,
  tstz,
  updatedAt,
} from "./_shared";

export const players = pgTable(
  "players",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    authUserId: uuid("auth_user_id").unique(),
    email: text("email"),
    telegramId: bigint("telegram_id", { mode: "number" }).unique(),
    telegramChatId: bigint("telegram_chat_id", { mode: "number" }),
    telegramUsername: text("telegram_username"),
    name: text("name"),
    onboardingStep: text("onboarding_step"),
    ageConfirmedAt: tstz("age_confirmed_at"),
    timezone: text("timezone").notNull().default("UTC"),
    country: text("country"),
    darkness: smallint("darkness"),
    status: text("status").$type<PlayerStatus>().notNull().default("onboarding"),
    chapter: smallint("chapter").notNull().default(1),
    relationshipScore: points("relationship_score").notNull().default(50),
    bossAttempts: smallint("boss_attempts").notNull().default(0),
    bossPhase: text("boss_phase"),
    bossStartedAt: tstz("boss_started_at"),
    /** Her latest boss message still waiting for a reply (the 24 h timeout clock). */
    bossLastPromptAt: tstz("boss_last_prompt_at"),
    bossCooldownUntil: tstz("boss_cooldown_until"),
    lastBossExitAt: tstz("last_boss_exit_at"),
    lastPlayerMessageAt: tstz("last_player_message_at"),
    lastNikitaMessageAt: tstz("last_nikita_message_at"),
    decayedThrough: tstz("decayed_through"),
    decayAppliedDay: date("decay_applied_day", { mode: "string" }),
    decayAppliedToday: points("decay_applied_today").notNull().default(0),
    lastDecayWarningAt: tstz("last_decay_warning_at"),
    daysPlayed: integer("days_played").notNull().default(0),
    lastPlayedDay: date("last_played_day", { mode: "string" }),
    /** Messages in both directions during this game (for the victory line). */
    messagesExchanged: integer("messages_exchanged").notNull().default(0),
    conversationStartedAt: tstz("conversation_started_at"),
    conversationWarmthCount: smallint("conversation_warmth_count").notNull().default(0),
    momentumGapSeconds: real("momentum_gap_seconds"),
    lastSkipped: boolean("last_skipped").notNull().default(false),
    notificationsEnabled: boolean("notifications_enabled").notNull().default(true),
    hardMode: boolean("hard_mode").notNull().default(false),
    isUnreachable: boolean("is_unreachable").notNull().default(false),
    lastProactiveAt: tstz("last_proactive_at"),
    /** The last local proactive window already drawn for ('YYYY-MM-DD:morning'): one draw per window. */
    lastProactiveWindow: text("last_proactive_window"),
    proactivePausedUntil: tstz("proactive_paused_until"),
    ageLock: text("age_lock").$type<"none" | "pending" | "locked">().notNull().default("none"),
    lastCallAt: tstz("last_call_at"),
    gameOverReason: text("game_over_reason"),
    endedAt: tstz("ended_at"),
    gameStartedAt: tstz("game_started_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("players_status_chapter_idx").on(t.status, t.chapter),
    index("players_email_idx").on(t.email),
    index("players_lower_name_idx").on(sql`lower(${t.name})`),
    pgPolicy("players_select_own", {
      for: "select",
      to: authenticated,
      using: sql`auth_user_id = (select auth.uid())`,
    }),
    pgPolicy("players_update_own", {
      for: "update",
      to: authenticated,
      using: sql`auth_user_id = (select auth.uid())`,
      withCheck: sql`auth_user_id = (select auth.uid())`,
    }),
  ],
);

export const playerMetrics = pgTable(
  "player_metrics",
  {
    playerId: playerIdColumn()
      .primaryKey()
      .references(() => players.id, { onDelete: "cascade" }),
    intimacy: points("intimacy").notNull().default(50),
    passion: points("passion").notNull().default(50),
    trust: points("trust").notNull().default(50),
    secureness: points("secureness").notNull().default(50),
    updatedAt: updatedAt(),
  },
  () => [playerReadPolicy("player_metrics")],
);

export const engagementState = pgTable(
  "engagement_state",
  {
    playerId: playerIdColumn()
      .primaryKey()
      .references(() => players.id, { onDelete: "cascade" }),
    state: text("state").$type<EngagementStateName>().notNull().default("CALIBRATING"),
    /** The engine's counters (consecutive days, day in state, …), serialised as it defines them. */
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    lastCalibration: real("last_calibration"),
    lastClosedDay: date("last_closed_day", { mode: "string" }),
    updatedAt: updatedAt(),
  },
  (t) => [index("engagement_state_state_idx").on(t.state), playerReadPolicy("engagement_state")],
);

export const conflictState = pgTable(
  "conflict_state",
  {
    playerId: playerIdColumn()
      .primaryKey()
      .references(() => players.id, { onDelete: "cascade" }),
    temperature: points("temperature").notNull().default(0),
    positiveCount: integer("positive_count").notNull().default(0),
    negativeCount: integer("negative_count").notNull().default(0),
    criticalNegativeStreak: integer("critical_negative_streak").notNull().default(0),
    lastCooledAt: tstz("last_cooled_at"),
    updatedAt: updatedAt(),
  },
  () => [playerReadPolicy("conflict_state")],
);

export const vicePreferences = pgTable(
  "vice_preferences",
  {
    playerId: playerIdColumn().references(() => players.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    engagement: real("engagement").notNull().default(0),
    intensity: real("intensity").notNull().default(0),
    discoveredAt: tstz("discovered_at"),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "vice_preferences_pk", columns: [t.playerId, t.category] }),
    playerReadPolicy("vice_preferences"),
  ],
);
