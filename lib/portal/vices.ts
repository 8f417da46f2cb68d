// What she has discovered about the player: only vice_preferences rows with discovered_at
// set, strongest first, described in words (label, description, a strength word derived from
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

const isViceCategory = (c: string): c is ViceCategory => (VICE_CATEGORIES as readonly string[]).includes(c);

export async function listDiscoveredVices(
  tx: DbOrTx,
  params: { playerId: string },
): Promise<DiscoveredVice[]> {
  const [player] = await tx
    .select({ chapter: players.chapter })
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
  return rows
    .flatMap((r) => {
      if (!isViceCategory(r.category) || !r.discoveredAt) return [];
      const intensity = cappedIntensity(r.category, r.engagement, player.chapter as Chapter);
      return [{ ...VICE_WORDS[r.category], category: r.category, intensity, discoveredAt: r.discoveredAt }];
    })
    .sort((a, b) => b.intensity - a.intensity)
    .map(({ intensity, ...v }) => ({ ...v, strength: viceStrengthWord(intensity, VICE_RULES.maxIntensity) }));
}
