// How the portal puts the game's hidden state into words the player may see: her mood by
// score band, what an engagement state means, how tense things are (conflict zone), what a
// vice is and how strongly it shows. Keys come from the engine's vocabulary; no rule numbers.
import type { ConflictZone, EngagementStateName, MoodBand, Platform, ViceCategory } from "@/lib/engine";

export const MOOD_WORDS: Record<MoodBand, string> = {
  great: "She's into this. Don't get cocky.",
  solid: "Things are solid between you.",
  complicated: "It's complicated. She's watching how you play it.",
  not_great: "Not great. She's noticed.",
  we_need_to_talk: "We need to talk.",
};

export const ENGAGEMENT_WORDS: Record<EngagementStateName, { label: string; meaning: string }> = {
  CALIBRATING: {
    label: "Getting a feel for you",
    meaning: "She's still working out your rhythm. Be yourself; she's paying attention.",
  },
  IN_ZONE: {
    label: "In the zone",
    meaning: "Your rhythm suits her: present, not pushy. Good moments count in full.",
  },
  DRIFTING: {
    label: "Drifting",
    meaning: "The rhythm's slipping. Good moments count a little less until you find it again.",
  },
  CLINGY: {
    label: "Too much",
    meaning: "Too many messages, too fast. She needs air; good moments barely land.",
  },
  DISTANT: {
    label: "Distant",
    meaning: "You've gone quiet on her. She notices, and warmth lands softer.",
  },
  OUT_OF_ZONE: {
    label: "Out of sync",
    meaning: "You two are badly out of step. Stay like this and she walks.",
  },
};

export const CONFLICT_WORDS: Record<ConflictZone, { label: string; meaning: string }> = {
  CALM: { label: "Calm", meaning: "No tension. She's relaxed with you." },
  WARM: { label: "A little tense", meaning: "Something's bugging her. Repair it before it grows." },
  HOT: { label: "Tense", meaning: "She's cold and guarded right now, and won't reach out first." },
  CRITICAL: {
    label: "On the edge",
    meaning: "One more bad exchange could end it. Apologise properly, or give her space.",
  },
};

export const VICE_WORDS: Record<ViceCategory, { label: string; description: string }> = {
  intellectual_dominance: {
    label: "Smart talk",
    description: "You light up when you get to out-think each other.",
  },
  risk_taking: { label: "Living dangerously", description: "You like stories with a bit of risk in them." },
  substances: {
    label: "Altered states",
    description: "You don't shy away from talk about drinks and highs.",
  },
  sexuality: { label: "Flirting", description: "You enjoy it when things get a little charged." },
  emotional_intensity: {
    label: "Big feelings",
    description: "You want it deep and intense, not polite.",
  },
  rule_breaking: { label: "Breaking rules", description: "Rules are suggestions to you, and she's noticed." },
  dark_humor: { label: "Dark humour", description: "You laugh at the things most people won't." },
  vulnerability: { label: "Letting her in", description: "You open up, and you let her open up too." },
};

/** Intensity in words, weakest first; `viceStrengthWord` picks by the fraction of full intensity. */
const STRENGTH_WORDS = ["a hint of it", "noticeably", "clearly", "very much"] as const;

export function viceStrengthWord(intensity: number, maxIntensity: number): string {
  const fraction = maxIntensity > 0 ? Math.min(Math.max(intensity / maxIntensity, 0), 1) : 0;
  const index = Math.min(STRENGTH_WORDS.length - 1, Math.floor(fraction * STRENGTH_WORDS.length));
  return STRENGTH_WORDS[index]!;
}

export const PLATFORM_LABELS: Record<Platform, string> = { telegram: "Telegram", web: "Web", voice: "Voice" };
