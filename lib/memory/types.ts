// The memory contract: what she remembers about the player, about herself and about the
// relationship, as temporal facts. Every store (Postgres, Neo4j, the resilient wrapper)
// implements `MemoryStore`; inputs are validated here, once, with zod, so all stores accept
// and reject exactly the same things.
import { z } from "zod";
import { FACT_ABOUT, type FactAbout } from "@/lib/engine/vocabulary";

/** Longest fact parts accepted (the analysis contract's limits). */
const MAX_SUBJECT = 200;
const MAX_PREDICATE = 200;
const MAX_OBJECT = 500;
const MAX_SUMMARY = 4000;
const MAX_QUERY = 500;
/** Upper bound on one search's result size. */
export const MAX_SEARCH_LIMIT = 50;
export const DEFAULT_SEARCH_LIMIT = 8;

/** Collapses runs of whitespace so "likes  jazz " and "likes jazz" are stored alike. */
const tidy = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1).max(max));

export const playerIdSchema = z.uuid();

export const factInputSchema = z.object({
  subject: tidy(MAX_SUBJECT),
  predicate: tidy(MAX_PREDICATE),
  object: tidy(MAX_OBJECT),
  about: z.enum(FACT_ABOUT),
  confidence: z.number().min(0).max(1),
  /** The message the fact was learned from (messages.id). */
  sourceMessageId: z.number().int().positive().nullish(),
  /** When the fact became true; defaults to the write's `now`. */
  validAt: z.date().optional(),
});
export type FactInput = z.input<typeof factInputSchema>;
export type ParsedFact = z.output<typeof factInputSchema>;

export const addFactsSchema = z.object({
  playerId: playerIdSchema,
  facts: z.array(factInputSchema).max(100),
  episodeId: z.uuid().nullish(),
  now: z.date().optional(),
});
export type AddFactsInput = z.input<typeof addFactsSchema>;

export const addEpisodeSchema = z.object({
  playerId: playerIdSchema,
  conversationId: z.uuid().nullish(),
  summary: tidy(MAX_SUMMARY),
  occurredAt: z.date(),
});
export type AddEpisodeInput = z.input<typeof addEpisodeSchema>;

export const searchSchema = z.object({
  playerId: playerIdSchema,
  query: z.string().max(MAX_QUERY).default(""),
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(DEFAULT_SEARCH_LIMIT),
  /** Facts valid at this moment (history); omitted = facts valid now. */
  asOf: z.date().optional(),
  about: z.enum(FACT_ABOUT).optional(),
});
export type SearchInput = z.input<typeof searchSchema>;
export type ParsedSearch = z.output<typeof searchSchema>;

export const listFactsSchema = z.object({
  playerId: playerIdSchema,
  /** `valid`: only facts valid now; `all`: history included (closed facts too). */
  include: z.enum(["valid", "all"]).default("valid"),
  about: z.enum(FACT_ABOUT).optional(),
});
export type ListFactsInput = z.input<typeof listFactsSchema>;

export type Fact = {
  id: string;
  playerId: string;
  about: FactAbout;
  subject: string;
  predicate: string;
  object: string;
  confidence: number;
  sourceMessageId: number | null;
  episodeId: string | null;
  validAt: Date;
  invalidAt: Date | null;
  supersededBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type FactHit = Fact & { score: number };

export type Episode = {
  id: string;
  playerId: string;
  conversationId: string | null;
  summary: string;
  occurredAt: Date;
};

/**
 * What happened to one written fact: `created` (new), `refreshed` (a restatement of a valid
 * fact: no new row, confidence and updated time refreshed), `superseded` (a contradiction:
 * the old fact was closed and points to this one), `historical` (older than the valid fact
 * it contradicts: stored already closed, so history stays in order).
 */
export type FactWriteOutcome = "created" | "refreshed" | "superseded" | "historical";
export type FactWrite = { id: string; outcome: FactWriteOutcome };

export type ForgetResult = { facts: number; episodes: number };

export interface MemoryStore {
  /** `postgres`, `neo4j`, or the wrapper's name; shown in health and logs. */
  readonly kind: string;
  addEpisode(input: AddEpisodeInput): Promise<Episode>;
  /** Writes facts in order; later facts in the same call may supersede earlier ones. */
  addFacts(input: AddFactsInput): Promise<FactWrite[]>;
  /** Top facts valid now (or at `asOf`), ranked by relevance, recency and confidence. */
  search(input: SearchInput): Promise<FactHit[]>;
  /** The player's facts, newest first; `include: "all"` adds closed (historical) facts. */
  listFacts(input: ListFactsInput): Promise<Fact[]>;
  listEpisodes(playerId: string): Promise<Episode[]>;
  /** Removes every fact, episode and derived row of the player. */
  deletePlayer(playerId: string): Promise<ForgetResult>;
}
