// §7 Vices: eight categories, seeded from the onboarding darkness level, moved by analysis
// signals with confidence ≥ 0.5 (+confidence × sensitivity, rejection −0.5 × confidence ×
// sensitivity; sensitivity by chapter), intensity = min(engagement / 5, 1). The top 3 with
// intensity ≥ 0.3 colour her replies, sexuality / substances / rule_breaking capped by chapter.
import type { Analysis } from "./analysis";
import * as Rules from "./rules";
import * as Score from "./score";
import type { ViceState } from "./types";
import { type Chapter, VICE_CATEGORIES, type ViceCategory } from "./vocabulary";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { round2 } = Score;
const VICES = Rules.VICE_RULES;

export type ViceSignal = Analysis["vice_signals"][number];

export interface ActiveVice {
  category: ViceCategory;
  intensity: number;
}

export function createViceState(): ViceState {
  return copyVices({
    intellectual_dominance: 0,
    risk_taking: 0,
    substances: 0,
    sexuality: 0,
    emotional_intensity: 0,
    rule_breaking: 0,
    dark_humor: 0,
    vulnerability: 0,
  });
}

/** Explicit copy (see state.ts on why not spread). */
function copyVices(v: ViceState): ViceState {
  return {
    intellectual_dominance: v.intellectual_dominance,
    risk_taking: v.risk_taking,
    substances: v.substances,
    sexuality: v.sexuality,
    emotional_intensity: v.emotional_intensity,
    rule_breaking: v.rule_breaking,
    dark_humor: v.dark_humor,
    vulnerability: v.vulnerability,
  };
}

/** Clamps a darkness answer to the 1–5 scale. */
export function normalizeDarkness(darkness: number): 1 | 2 | 3 | 4 | 5 {
  const level = Math.round(Math.min(VICES.darknessMax, Math.max(VICES.darknessMin, darkness)));
  return level as 1 | 2 | 3 | 4 | 5;
}

/** The starting vice profile for a darkness level. */
export function seedVices(darkness: number): ViceState {
  const state = createViceState();
  for (const c of VICES.seedsByDarkness[normalizeDarkness(darkness)]) state[c] = VICES.seedEngagement;
  return state;
}

/** Applies an exchange's vice signals (engagement floored at 0). */
export function applyViceSignals(
  vices: ViceState,
  signals: readonly ViceSignal[],
  chapter: Chapter,
): ViceState {
  const sensitivity = VICES.sensitivityByChapter[chapter];
  let next: ViceState | null = null;
  for (const s of signals) {
    if (s.confidence < VICES.minSignalConfidence) continue;
    const change = s.positive
      ? s.confidence * sensitivity
      : -VICES.rejectionFactor * s.confidence * sensitivity;
    next ??= copyVices(vices);
    next[s.category] = round2(Math.max(0, next[s.category] + change));
  }
  return next ?? vices;
}

export function viceIntensity(engagement: number): number {
  return Math.min(engagement / VICES.intensityDivisor, VICES.maxIntensity);
}

/** Intensity as expressed in a chapter (after the chapter cap for capped categories). */
export function cappedIntensity(category: ViceCategory, engagement: number, chapter: Chapter): number {
  const caps: Partial<Record<ViceCategory, Record<Chapter, number>>> = VICES.chapterCaps;
  const cap = caps[category]?.[chapter];
  const intensity = viceIntensity(engagement);
  return cap === undefined ? intensity : Math.min(intensity, cap);
}

/** The (up to) three categories that colour her replies, strongest first; ties keep category order. */
export function activeVices(vices: ViceState, chapter: Chapter): ActiveVice[] {
  return VICE_CATEGORIES.map((category) => ({
    category,
    intensity: cappedIntensity(category, vices[category], chapter),
  }))
    .filter((v) => v.intensity >= VICES.activeMinIntensity)
    .sort((a, b) => b.intensity - a.intensity)
    .slice(0, VICES.maxActive)
    .map((v) => ({ category: v.category, intensity: round2(v.intensity) }));
}
