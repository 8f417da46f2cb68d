// What she has discovered about the player: only categories with evidence — engagement
// above where onboarding's darkness seeded it (a seed is her guess, not something the player
// showed) and strong enough to colour her replies (GAME.md §7, intensity ≥ 0.3) — strongest
// first, described in words (label, description, a strength word derived from
// the engine's chapter-capped intensity) — never the raw engagement numbers.
import { and, eq, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { players, vicePreferences } from "@/db/schema";
import { type Chapter, cappedIntensity, VICE_CATEGORIES, VICE_RULES, type ViceCategory } from "@/lib/engine";
import { VICE_WORDS, viceStrengthWord } from "./words";

export type DiscoveredVice = {
  category: ViceCategory;
  label: string;
  description: string;
  strength: string;
  discoveredAt: Date;
};

/** The darkness onboarding assumes when none is stored (its own default). */
const DEFAULT_DARKNESS = 3;
const seedsFor = (darkness: number | null): readonly string[] => {
  const level = Math.min(
    VICE_RULES.darknessMax,
    Math.max(VICE_RULES.darknessMin, darkness ?? DEFAULT_DARKNESS),
  );
  return VICE_RULES.seedsByDarkness[level as keyof typeof VICE_RULES.seedsByDarkness];
};

const isViceCategory = (c: string): c is ViceCategory => (VICE_CATEGORIES as readonly string[]).includes(c);

export async function listDiscoveredVices(
  tx: DbOrTx,
  params: { playerId: string },
): Promise<DiscoveredVice[]> {
  const [player] = await tx
    .select({ chapter: players.chapter, darkness: players.darkness })
    .from(players)
    .where(eq(players.id, params.playerId));
  if (!player) return [];
  const rows = await tx
    .select({
      category: vicePreferences.category,
      engagement: vicePreferences.engagement,
      discoveredAt: vicePreferences.discoveredAt,
    })
    .from(vicePreferences)
    .where(and(eq(vicePreferences.playerId, params.playerId), isNotNull(vicePreferences.discoveredAt)));
  const seeded = new Set<string>(seedsFor(player.darkness));
  return rows
    .flatMap((r) => {
      if (!isViceCategory(r.category) || !r.discoveredAt) return [];
      const baseline = seeded.has(r.category) ? VICE_RULES.seedEngagement : 0;
      if (r.engagement <= baseline) return [];
      const intensity = cappedIntensity(r.category, r.engagement, player.chapter as Chapter);
      if (intensity < VICE_RULES.activeMinIntensity) return [];
      return [{ ...VICE_WORDS[r.category], category: r.category, intensity, discoveredAt: r.discoveredAt }];
    })
    .sort((a, b) => b.intensity - a.intensity)
    .map(({ intensity, ...v }) => ({ ...v, strength: viceStrengthWord(intensity, VICE_RULES.maxIntensity) }));
}
