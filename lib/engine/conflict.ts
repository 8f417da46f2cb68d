// §6 Conflict temperature 0–100 (CALM < 25 ≤ WARM < 50 ≤ HOT < 75 ≤ CRITICAL). Per scored
// exchange: a repair cools 25/15/5; otherwise the raw weighted analysis delta Δ heats by
// 1.5·|Δ| (+5 if |Δ| > 3) when negative or cools by 0.5·Δ when positive; each horseman adds
// 4/8/3/5. Passive cooling 0.5 per hour. Gottman counts track positive/negative exchanges;
// three consecutive negative exchanges made while in CRITICAL end the game (break-up).
import type { Analysis } from "./analysis";
import * as Rules from "./rules";
import * as Score from "./score";
import type { ConflictState } from "./types";
import type { ConflictZone, Horseman } from "./vocabulary";
import * as Vocabulary from "./vocabulary";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { clamp, round2, weightedSum } = Score;
const { HORSEMEN } = Vocabulary;
const HORSEMAN_PREFIX = "horseman:";
const NO_HORSEMEN: readonly Horseman[] = [];
const CONFLICT = Rules.CONFLICT_RULES;
const MS_PER_HOUR = Rules.TIME.msPerHour;

export function createConflictState(): ConflictState {
  return {
    temperature: CONFLICT.initial,
    updatedAt: null,
    positiveCount: 0,
    negativeCount: 0,
    criticalNegativeStreak: 0,
  };
}

export function conflictZone(temperature: number): ConflictZone {
  const f = CONFLICT.zoneFloors;
  if (temperature >= f.CRITICAL) return "CRITICAL";
  if (temperature >= f.HOT) return "HOT";
  if (temperature >= f.WARM) return "WARM";
  return "CALM";
}

/** HOT or CRITICAL: she is cold and conflict-aware, and sends nothing proactive. */
export function isColdZone(zone: ConflictZone): boolean {
  return (CONFLICT.coldZones as readonly ConflictZone[]).includes(zone);
}

/** Applies passive cooling (0.5 per hour since `updatedAt`) up to `now`. */
export function coolConflict(conflict: ConflictState, now: Date): ConflictState {
  return withTemperature(conflict, cooledTemperature(conflict, now), now);
}

/** Temperature at `now` after passive cooling since `updatedAt`. */
export function cooledTemperature(conflict: ConflictState, now: Date): number {
  if (!conflict.updatedAt) return conflict.temperature;
  const hours = Math.max(0, (now.getTime() - conflict.updatedAt.getTime()) / MS_PER_HOUR);
  return round2(Math.max(CONFLICT.min, conflict.temperature - CONFLICT.passiveCoolingPerHour * hours));
}

function withTemperature(conflict: ConflictState, temperature: number, updatedAt: Date): ConflictState {
  return {
    temperature,
    updatedAt,
    positiveCount: conflict.positiveCount,
    negativeCount: conflict.negativeCount,
    criticalNegativeStreak: conflict.criticalNegativeStreak,
  };
}

/** The zone right now, after passive cooling. */
export function currentConflictZone(conflict: ConflictState, now: Date): ConflictZone {
  return conflictZone(cooledTemperature(conflict, now));
}

/** Horsemen named in the analysis behaviours (unknown labels ignored). */
export function horsemenIn(behaviours: readonly string[]): readonly Horseman[] {
  let found: Horseman[] | null = null;
  for (const b of behaviours) {
    if (!b.startsWith(HORSEMAN_PREFIX)) continue;
    const name = b.slice(HORSEMAN_PREFIX.length) as Horseman;
    if (!(HORSEMEN as readonly string[]).includes(name)) continue;
    found ??= [];
    found.push(name);
  }
  return found ?? NO_HORSEMEN;
}

function heatOf(analysis: Analysis, delta: number, horsemen: readonly Horseman[]): number {
  let heat = 0;
  const quality = analysis.repair.detected ? analysis.repair.quality : null;
  if (quality) heat -= CONFLICT.repairCooling[quality];
  else if (delta < 0)
    heat +=
      CONFLICT.heatPerNegativeDelta * -delta +
      (-delta > CONFLICT.bigDeltaAbove ? CONFLICT.bigDeltaExtraHeat : 0);
  else if (delta > 0) heat -= CONFLICT.coolingPerPositiveDelta * delta;
  for (const h of horsemen) heat += CONFLICT.horsemanHeat[h];
  return heat;
}

type Valence = "positive" | "negative" | "neutral";

function valenceOf(delta: number, horsemen: readonly Horseman[]): Valence {
  if (delta < 0 || horsemen.length > 0) return "negative";
  return delta > 0 ? "positive" : "neutral";
}

/** Temperature change for one exchange, before clamping (Δ = raw weighted analysis delta). */
export function exchangeHeat(analysis: Analysis): number {
  return heatOf(analysis, weightedSum(analysis.deltas), horsemenIn(analysis.behaviours));
}

/** Negative if Δ < 0 or a horseman shows; positive if Δ > 0 otherwise; else neutral. */
export function exchangeValence(analysis: Analysis): Valence {
  return valenceOf(weightedSum(analysis.deltas), horsemenIn(analysis.behaviours));
}

export interface ConflictUpdate {
  conflict: ConflictState;
  zoneBefore: ConflictZone;
  zoneAfter: ConflictZone;
  isBreakup: boolean;
}

/** One scored exchange: passive cooling to `now`, then the exchange's heat, counts and streak. */
export function applyConflictExchange(
  conflict: ConflictState,
  analysis: Analysis,
  now: Date,
): ConflictUpdate {
  const cooled = cooledTemperature(conflict, now);
  const zoneBefore = conflictZone(cooled);
  const delta = weightedSum(analysis.deltas);
  const horsemen = horsemenIn(analysis.behaviours);
  const temperature = round2(clamp(cooled + heatOf(analysis, delta, horsemen), CONFLICT.min, CONFLICT.max));
  const valence = valenceOf(delta, horsemen);
  const isNegative = valence === "negative";
  const criticalNegativeStreak =
    isNegative && zoneBefore === CONFLICT.breakupZone ? conflict.criticalNegativeStreak + 1 : 0;
  const next: ConflictState = {
    temperature,
    updatedAt: now,
    positiveCount: conflict.positiveCount + (valence === "positive" ? 1 : 0),
    negativeCount: conflict.negativeCount + (isNegative ? 1 : 0),
    criticalNegativeStreak,
  };
  return {
    conflict: next,
    zoneBefore,
    zoneAfter: conflictZone(temperature),
    isBreakup: criticalNegativeStreak >= CONFLICT.breakupNegativeStreak,
  };
}

/** positive : negative, or null with no negative exchange yet. */
export function gottmanRatio(conflict: ConflictState): number | null {
  return conflict.negativeCount === 0 ? null : conflict.positiveCount / conflict.negativeCount;
}

/** Whether the ratio meets the target for the zone (5:1 in conflict, 20:1 when calm). */
export function isGottmanOnTarget(conflict: ConflictState): boolean {
  const ratio = gottmanRatio(conflict);
  return ratio === null || ratio >= CONFLICT.gottmanTarget[conflictZone(conflict.temperature)];
}
