// Keyword vice signals for the offline analyzer (GAME.md §7): what the player's message
// reveals about the eight vice categories, as engagement (positive) or rejection (negative).
import type { ViceCategory } from "@/lib/engine/vocabulary";

export type ViceSignal = { category: ViceCategory; confidence: number; positive: boolean };

const BASE_CONFIDENCE = 0.55;
const PER_EXTRA_HIT = 0.1;
const MAX_CONFIDENCE = 0.9;
const REJECTION_CONFIDENCE = 0.6;

type ViceCue = { positive: RegExp; negative: RegExp };

const CUES: Record<ViceCategory, ViceCue> = {
  dark_humor: {
    positive:
      /\b(?:dark (?:joke|humou?r)|morbid|funeral|coffin|graveyard|gravestone|cemetery|apocalypse|corpse|murder|doomed|existential dread|serial killer|true crime|we'?re all going to die)\b/g,
    negative: /\b(?:not funny|too dark|that'?s dark|morbid much|don'?t joke about)\b/g,
  },
  intellectual_dominance: {
    positive:
      /\b(?:actually|disagree|argue|argument|debate|evidence|logic(?:al)?|philosoph\w*|counter ?point|technically|prove it|citation|theory|hypothesis|you'?re wrong|i'?m right|well,? actually)\b/g,
    negative: /\b(?:know[- ]it[- ]all|stop lecturing|too smart|mansplain\w*|stop arguing)\b/g,
  },
  risk_taking: {
    positive:
      /\b(?:skydiv\w*|motorcycle|motorbike|bungee|adrenaline|dare|risky|reckless|spontaneous|road ?trip|cliff ?jump\w*|free ?solo|extreme sports?|yolo|let'?s just go)\b/g,
    negative: /\b(?:too (?:risky|dangerous)|i play it safe|not a risk taker)\b/g,
  },
  substances: {
    positive:
      /\b(?:drunk|beers?|wine|vodka|whiske?y|tequila|shots|hangover|hungover|cocktails?|bar crawl|partying|clubbing|berghain|rave|weed|stoned)\b/g,
    negative: /\b(?:i don'?t drink|sober|teetotal|straight edge|no alcohol|quit drinking)\b/g,
  },
  sexuality: {
    positive:
      /\b(?:sexy|kiss\w*|naked|seduc\w*|desire|teas(?:e|ing)|flirt\w*|chemistry|turn(?:s|ed)? me on|make out)\b/g,
    negative: /\b(?:too forward|not like that|keep it pg|too fast)\b/g,
  },
  emotional_intensity: {
    positive:
      /\b(?:intense|passionate|obsessed|can'?t stop thinking|all or nothing|crazy about|feel everything|scream\w*|heart ?broken|overwhelm\w*|madly)\b/g,
    negative: /\b(?:too intense|calm down|so dramatic|drama queen)\b/g,
  },
  rule_breaking: {
    positive:
      /\b(?:rules (?:are|were) made|break(?:ing)? (?:the )?rules|trespass\w*|sneak(?:ing|ed)? (?:in|out)|rebel\w*|jaywalk\w*|got arrested|detention|skipped school|authority)\b/g,
    negative: /\b(?:follow the rules|rule follower|by the book)\b/g,
  },
  vulnerability: {
    positive:
      /\b(?:scared|afraid|insecure|never told|lonely|honest with you|open up|vulnerable|i feel|struggl\w*|anxious)\b/g,
    negative: /\b(?:feelings are (?:stupid|weak)|don'?t do feelings|i don'?t cry|emotions are)\b/g,
  },
};

const hits = (re: RegExp, text: string) => (text.match(re) ?? []).length;

/** Vice signals found in a normalised (lowercased) player message. */
export function detectViceSignals(normalizedText: string): ViceSignal[] {
  const signals: ViceSignal[] = [];
  for (const [category, cue] of Object.entries(CUES) as [ViceCategory, ViceCue][]) {
    const rejected = hits(cue.negative, normalizedText);
    if (rejected > 0) {
      signals.push({ category, confidence: REJECTION_CONFIDENCE, positive: false });
      continue;
    }
    const n = hits(cue.positive, normalizedText);
    if (n > 0) {
      const confidence = Math.min(MAX_CONFIDENCE, BASE_CONFIDENCE + PER_EXTRA_HIT * (n - 1));
      signals.push({ category, confidence: Math.round(confidence * 100) / 100, positive: true });
    }
  }
  return signals;
}
