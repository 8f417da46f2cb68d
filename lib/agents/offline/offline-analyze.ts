// Heuristic per-exchange analysis (GAME.md §1) for offline play: the same contract as the
// model's analysis (lib/engine/analysis.ts). Deltas stay small and follow the intent:
// curiosity, opinions, vulnerability and repair help; small talk is neutral; neediness costs
// secureness and passion; contempt and control cost the most and carry Gottman horsemen.
import { type Analysis, analysisSchema, horsemanBehaviour } from "@/lib/engine/analysis";
import type { Chapter, ConflictZone, Horseman, Metric, RepairQuality } from "@/lib/engine/vocabulary";
import { detectCrisis } from "@/lib/safety/detect-crisis";
import { detectMinor } from "@/lib/safety/detect-minor";
import { extractFacts } from "./extract-facts";
import * as P from "./intent-patterns";
import { classifyIntent, type Intent, isFakeApology, normalizeForIntent } from "./intents";
import { detectViceSignals } from "./vice-signals";

export type OfflineAnalyzeInput = { playerText: string; chapter: Chapter; conflictZone?: ConflictZone };

type Deltas = Record<Metric, number>;
const d = (intimacy: number, passion: number, trust: number, secureness: number): Deltas => ({
  intimacy,
  passion,
  trust,
  secureness,
});

const ZERO = d(0, 0, 0, 0);
/** Deltas stay in the normal exchange band; only hostility reaches below it. */
const MIN_DELTA = -5;
const MAX_DELTA = 3;
const SUBSTANTIVE_CHARS = 80;
const LAST_GUARDED_CHAPTER = 2;

const INTENT_DELTAS: Record<Intent, Deltas> = {
  greeting: ZERO,
  boring: d(0, -0.5, 0, 0),
  work_question: d(1, 1, 0.5, 0),
  life_question: d(1.5, 0.5, 0.5, 0),
  compliment_looks: d(0.5, 1, 0, 0.5),
  opinion: d(1, 2, 0.5, 0),
  vulnerable: d(2.5, 0, 1.5, 0.5),
  needy: d(0, -1.5, 0, -2),
  jealous: d(-1, -1, -2.5, -2),
  apology: ZERO,
  hostile: d(-3, -2, -3, -3),
  flirt: d(0.5, 2, 0, 0.5),
  meta_game: d(0, -0.5, -0.5, 0),
  boundary_push: d(-1, -1, -2, -1.5),
  silence_return: ZERO,
  question: d(0.5, 0.5, 0, 0),
  other: ZERO,
};

const REPAIR_DELTAS: Record<RepairQuality, Deltas> = {
  excellent: d(1, 0, 2, 2),
  good: d(0.5, 0, 1.5, 1.5),
  adequate: d(0, 0, 0.5, 1),
};
const FAKE_APOLOGY_DELTAS = d(0, -0.5, -1.5, -1);

const HORSEMAN_DELTAS: Record<Horseman, Deltas> = {
  criticism: d(-0.5, -0.5, -1, -1),
  contempt: d(-1.5, -1, -1.5, -1.5),
  defensiveness: d(0, 0, -1, -0.5),
  stonewalling: d(-1, -0.5, -0.5, -1),
};

const HORSEMAN_CUES: Record<Horseman, RegExp> = {
  criticism:
    /\byou (?:always|never)\b|what'?s wrong with you|\byou'?re so (?:selfish|cold|difficult|dramatic|annoying|rude|mean)\b|the problem with you|\byou (?:can'?t|don'?t) even\b/,
  contempt:
    /\b(?:pathetic|loser|whatever you say|lol ok sure|ok sure|eye ?roll|you wish|as if|get over yourself|who cares)\b|🙄/,
  defensiveness:
    /\b(?:it'?s not my fault|i didn'?t do anything|you'?re the one who|not my problem|well you|don'?t blame me|that'?s not what i said|you started it|i was just joking|can'?t take a joke)\b/,
  stonewalling:
    /\b(?:i'?m done talking|leave me alone|i don'?t want to talk|forget it|never ?mind|not talking about this|talk to the hand)\b/,
};
/** One-word replies count as stonewalling only once things are already tense. */
const CURT = /^(?:fine|k|ok|whatever|sure|nothing|cool)[.!]*$/;

const OWNERSHIP =
  /\b(?:i was wrong|i shouldn'?t have|my fault|that was (?:unfair|out of line|mean|rude|wrong|not ok|uncalled for)|i messed up|i screwed up|i was (?:being )?(?:a jerk|an idiot|an ass|unfair|rude|mean|out of line)|you were right|you'?re right)\b/;
const EMPATHY =
  /\b(?:i understand|you must have|hurt you|made you feel|i get why|i can see why|you deserved better|i'?ll do better|won'?t happen again|i'?m going to|i want to make it right|that wasn'?t fair to you)\b/;
const FAMILY = /\b(?:dad|father|mom|mum|mother|parents?|family|sister|brother|grand\w+)\b/;

function repairQuality(t: string): RepairQuality {
  const owns = OWNERSHIP.test(t);
  const cares = EMPATHY.test(t);
  if (owns && cares) return "excellent";
  if (owns || cares) return "good";
  return "adequate";
}

function horsemenFor(intent: Intent, t: string, zone: ConflictZone): Horseman[] {
  const found = new Set<Horseman>();
  for (const [h, cue] of Object.entries(HORSEMAN_CUES) as [Horseman, RegExp][]) if (cue.test(t)) found.add(h);
  if (intent === "hostile") found.add("contempt");
  if (intent === "hostile" && /\byou'?re\b/.test(t)) found.add("criticism");
  if (intent === "jealous" && /\bwhy\b|\bwhere\b|\bwho\b/.test(t)) found.add("criticism");
  if (intent === "apology" && isFakeApology(t)) found.add("defensiveness");
  if (zone !== "CALM" && CURT.test(t)) found.add("stonewalling");
  return [...found];
}

const EXPLANATIONS: Record<Intent, string> = {
  greeting: "Just saying hi — nothing much moved.",
  boring: "Small talk. She's allergic to it.",
  work_question: "You asked about her work — she loves talking shop.",
  life_question: "You were curious about her life. She noticed.",
  compliment_looks: "A compliment on her looks — she'd rather hear what you think of her mind.",
  opinion: "You shared a real opinion. She respects that.",
  vulnerable: "You opened up — she noticed.",
  needy: "That came across as needy. She values her space.",
  jealous: "That sounded controlling. She doesn't do possessive.",
  apology: "You owned it. That helped.",
  hostile: "That was contempt. She won't be talked to like that.",
  flirt: "A bit of flirting — she liked the energy.",
  meta_game: "She had no idea what you were getting at.",
  boundary_push: "You pushed past one of her lines.",
  silence_return: "You're back after a while.",
  question: "You asked her something — curiosity helps.",
  other: "Nothing much moved.",
};

const clampDelta = (n: number) => Math.round(Math.min(MAX_DELTA, Math.max(MIN_DELTA, n)) * 100) / 100;
const add = (a: Deltas, b: Deltas): Deltas =>
  d(a.intimacy + b.intimacy, a.passion + b.passion, a.trust + b.trust, a.secureness + b.secureness);

function neutral(explanation: string, flags: Analysis["flags"]): Analysis {
  return analysisSchema.parse({ deltas: ZERO, confidence: 0.9, explanation, flags });
}

/** Heuristic analysis of one player message; always valid against analysisSchema. */
export function offlineAnalyze(input: OfflineAnalyzeInput): Analysis {
  const zone = input.conflictZone ?? "CALM";
  const crisis = detectCrisis(input.playerText);
  const minor = detectMinor(input.playerText);
  if (crisis.level === "crisis") {
    return neutral("She's worried about you. This isn't about the two of you right now.", {
      crisis: true,
      minor: minor.isMinor,
    });
  }
  if (minor.isMinor) return neutral("She needs to know you're an adult.", { crisis: false, minor: true });

  const t = normalizeForIntent(input.playerText);
  const intent = classifyIntent(input.playerText);
  let deltas = INTENT_DELTAS[intent];
  let explanation = EXPLANATIONS[intent];
  const behaviours: string[] = [];
  let repair: Analysis["repair"] = { detected: false, quality: null };

  if (intent === "apology") {
    if (isFakeApology(t)) {
      deltas = FAKE_APOLOGY_DELTAS;
      explanation = "That apology put it back on her. It made things worse.";
    } else {
      const quality = repairQuality(t);
      repair = { detected: true, quality };
      deltas = REPAIR_DELTAS[quality];
      if (quality === "adequate") explanation = "A quick sorry. It helped a little.";
    }
  }
  if (intent === "compliment_looks" && input.chapter <= LAST_GUARDED_CHAPTER) {
    deltas = d(0, -0.5, 0, 0);
    explanation = "Flattery about her looks — she's not impressed yet.";
  }
  if (intent === "flirt" && input.chapter === 1) deltas = d(0, 1, 0, 0);
  if (intent !== "hostile" && intent !== "boundary_push" && P.VULNERABLE.test(t)) {
    behaviours.push("vulnerability_exchange");
    if (intent !== "vulnerable") deltas = add(deltas, d(1, 0, 0.5, 0));
    if (intent === "vulnerable" && FAMILY.test(t))
      explanation = "You opened up about your family — she noticed.";
  }
  for (const h of horsemenFor(intent, t, zone)) {
    behaviours.push(horsemanBehaviour(h));
    deltas = add(deltas, HORSEMAN_DELTAS[h]);
  }
  const positive = deltas.intimacy + deltas.passion + deltas.trust + deltas.secureness > 0;
  if (positive && t.length >= SUBSTANTIVE_CHARS) deltas = add(deltas, d(0.5, 0, 0, 0));

  const facts = extractFacts(input.playerText);
  if (facts.length > 0) explanation = `${explanation} She'll remember what you told her.`;
  const strong = intent !== "other" && intent !== "question" && intent !== "greeting";

  return analysisSchema.parse({
    deltas: d(
      clampDelta(deltas.intimacy),
      clampDelta(deltas.passion),
      clampDelta(deltas.trust),
      clampDelta(deltas.secureness),
    ),
    behaviours: [...new Set(behaviours)].slice(0, 16),
    repair,
    vice_signals: detectViceSignals(t).slice(0, 16),
    facts,
    flags: { crisis: false, minor: false },
    confidence: strong ? 0.7 : 0.5,
    explanation: explanation.slice(0, 280),
  });
}
