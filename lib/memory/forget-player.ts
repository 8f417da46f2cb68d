// Account deletion: every fact, episode and vector of the player, from whichever store holds
// them (with Neo4j configured, both Neo4j and the Postgres fallback). Throws when a store
// cannot be reached, so the deletion is retried rather than half done.
import type { ForgetResult, MemoryStore } from "./types";

export async function forgetPlayer(store: MemoryStore, playerId: string): Promise<ForgetResult> {
  return store.deletePlayer(playerId);
}
