// The offline Nikita: a deterministic, rule-based reply used when no model key is set.
// Classifies the player's message, picks a chapter- and mood-appropriate variant, and may
// add a silence remark, a time-of-day aside, a remembered fact or a vice flavour. Every
// reply passes the safety guard before it leaves; crisis and age signals come first.
import type { Chapter, ConflictZone, ViceCategory } from "@/lib/engine/vocabulary";
import { crisisCareReply } from "@/lib/safety/crisis-care-reply";
import { detectCrisis } from "@/lib/safety/detect-crisis";
import { ageConfirmationLine, detectMinor } from "@/lib/safety/detect-minor";
import { pickFallback } from "@/lib/safety/guard-fallbacks";
import { guardOutput } from "@/lib/safety/guard-output";
import { type Intent, isFakeApology, resolveIntent, SILENCE_RETURN_HOURS } from "./intents";
import { COLD, FAKE_APOLOGY, LUKEWARM, SHARP, SOFTENED } from "./lines/conflict";
import {
  EARLY_MORNING_PREFIX,
  FACT_THROWBACK,
  LATE_NIGHT_PREFIX,
  SILENCE_PREFIX,
  VICE_MIN_CHAPTER,
  VICE_TAILS,
} from "./lines/extras";
import { replyChoices } from "./lines/index";
import { chance, pick, pickFresh, type Rng } from "./rng";
import { fillTemplate, type MemoryFact, renderFact, shapeReply } from "./voice";

export type OfflineReplyInput = {
  playerText: string;
  playerName: string;
  chapter: Chapter;
  conflictZone: ConflictZone;
  topVices: ViceCategory[];
  /** Memories she may throw back from chapter 2 on. */
  facts: MemoryFact[];
  /** Her last few messages, so she doesn't repeat herself. */
  recentNikitaLines: string[];
  isNewConversation: boolean;
  hoursSinceLastMessage: number;
  /** Player's local hour, 0–23. */
  localHour: number;
  rng: Rng;
  /** For crisis replies: the player's country and timezone pick the help line. */
  country?: string | null;
  timezone?: string | null;
};

/** Probabilities of the optional additions, in a calm mood. */
const P_FACT_THROWBACK = 0.25;
const P_VICE_TAIL = 0.15;
const P_TIME_ASIDE = 0.2;
const P_LUKEWARM = 0.35;
const FIRST_FACT_CHAPTER = 2;
const LATE_NIGHT_HOURS = [0, 1, 2, 3, 4];
const EARLY_MORNING_HOURS = [6, 7];

/** A worrying but not explicit message ("i hate my life lol"): she drops the teasing and checks in. */
const CONCERN_LINES: readonly string[] = [
  "hey. jokes aside for a second — are you ok? like, actually ok?",
  "{name}, that sounded heavy. i'm not teasing now. what's going on?",
  "wait. i'm going to take that seriously, even if you said it lightly. how are you really doing?",
  "ok, pause. are you safe? talk to me properly.",
  "i'm here. no sarcasm. tell me what's happening.",
];

/** Intents where adding warmth (facts, vice flavour) would be tone-deaf. */
const SERIOUS: ReadonlySet<Intent> = new Set([
  "hostile",
  "jealous",
  "needy",
  "apology",
  "vulnerable",
  "meta_game",
  "boundary_push",
]);
/** Intents where a remembered fact or a vice flavour can follow naturally. */
const TAIL_OK: ReadonlySet<Intent> = new Set([
  "greeting",
  "boring",
  "question",
  "other",
  "flirt",
  "opinion",
  "work_question",
]);
/** Intents that a WARM mood may answer with a lukewarm line instead. */
const LIGHT: ReadonlySet<Intent> = new Set([
  "greeting",
  "boring",
  "other",
  "question",
  "flirt",
  "compliment_looks",
]);

function heatedLine(intent: Intent, input: OfflineReplyInput, zone: "HOT" | "CRITICAL"): string {
  const { playerText, recentNikitaLines, rng } = input;
  if (intent === "apology") {
    return pickFresh(isFakeApology(playerText) ? FAKE_APOLOGY : SOFTENED, recentNikitaLines, rng);
  }
  const table = intent === "hostile" || intent === "jealous" ? SHARP : COLD;
  return pickFresh(table[zone], recentNikitaLines, rng);
}

function calmLine(intent: Intent, input: OfflineReplyInput): string {
  const { chapter, playerName, recentNikitaLines, rng } = input;
  if (intent === "apology" && isFakeApology(input.playerText)) {
    return pickFresh(FAKE_APOLOGY, recentNikitaLines, rng);
  }
  if (input.conflictZone === "WARM" && LIGHT.has(intent) && chance(P_LUKEWARM, rng)) {
    return pickFresh(LUKEWARM, recentNikitaLines, rng);
  }
  const lines = replyChoices(intent, input.playerText, chapter);
  return fillTemplate(
    pickFresh(lines, recentNikitaLines, rng, (l) => fillTemplate(l, playerName)),
    playerName,
  );
}

function prefixFor(intent: Intent, input: OfflineReplyInput): string | undefined {
  const { chapter, rng } = input;
  if (intent === "silence_return") return undefined;
  if (
    input.isNewConversation &&
    input.hoursSinceLastMessage >= SILENCE_RETURN_HOURS &&
    !SERIOUS.has(intent)
  ) {
    return pick(SILENCE_PREFIX[chapter], rng);
  }
  if (SERIOUS.has(intent) || !chance(P_TIME_ASIDE, rng)) return undefined;
  if (LATE_NIGHT_HOURS.includes(input.localHour)) return pick(LATE_NIGHT_PREFIX, rng);
  if (EARLY_MORNING_HOURS.includes(input.localHour)) return pick(EARLY_MORNING_PREFIX, rng);
  return undefined;
}

function suffixFor(intent: Intent, input: OfflineReplyInput): string | undefined {
  const { chapter, rng } = input;
  if (!TAIL_OK.has(intent) || input.conflictZone !== "CALM") return undefined;
  if (chapter >= FIRST_FACT_CHAPTER && input.facts.length > 0 && chance(P_FACT_THROWBACK, rng)) {
    const fact = pick(input.facts, rng);
    const rendered = renderFact(fact, input.playerName);
    const player = input.playerText.toLowerCase();
    const fresh =
      rendered !== undefined &&
      !player.includes(fact.object.toLowerCase()) &&
      !input.recentNikitaLines.some((line) => line.toLowerCase().includes(rendered));
    if (fresh && guardOutput(rendered, { chapter }).ok) {
      return pick(FACT_THROWBACK, rng).replace("{fact}", rendered);
    }
  }
  const vices = input.topVices.filter((v) => chapter >= (VICE_MIN_CHAPTER[v] ?? 1));
  if (vices.length > 0 && chance(P_VICE_TAIL, rng)) return pick(VICE_TAILS[pick(vices, rng)], rng);
  return undefined;
}

/** Nikita's offline reply to one player message. Deterministic for a given rng. */
export function offlineReply(input: OfflineReplyInput): string {
  const { chapter, rng } = input;
  const crisis = detectCrisis(input.playerText);
  if (crisis.level === "crisis") {
    return crisisCareReply({
      playerName: input.playerName,
      country: input.country,
      timezone: input.timezone,
      kind: crisis.kind,
    });
  }
  if (crisis.level === "concern") return fillTemplate(pick(CONCERN_LINES, rng), input.playerName);
  if (detectMinor(input.playerText).isMinor) return ageConfirmationLine(rng);

  const intent = resolveIntent(input.playerText, input);
  const heated = input.conflictZone === "HOT" || input.conflictZone === "CRITICAL";
  const main = heated
    ? heatedLine(intent, input, input.conflictZone as "HOT" | "CRITICAL")
    : calmLine(intent, input);
  const prefix = heated ? undefined : prefixFor(intent, input);
  // One addition at most: a prefix and a suffix together read like a form letter.
  const suffix = heated || prefix ? undefined : suffixFor(intent, input);

  const full = shapeReply([prefix, main, suffix].filter(Boolean).join(" "));
  if (guardOutput(full, { chapter }).ok) return full;
  const bare = shapeReply(main);
  return guardOutput(bare, { chapter }).ok ? bare : pickFallback(rng);
}
