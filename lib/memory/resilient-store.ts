// Memory must never cost the player a reply. The resilient store sends each call to the
// primary (Neo4j) with a short timeout; on an error or a timeout it answers from the fallback
// (Postgres) and stops asking the primary for a cooldown, so an outage costs one timeout, not
// one per message. Deleting a player is the exception: it must reach both stores, and fails
// loudly (for the caller to retry) if the primary cannot be reached.
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { createLogger } from "@/lib/observability/logger";
import type { MemoryStore } from "./types";

const log = createLogger("memory.resilient");

/** After a primary failure, calls go straight to the fallback for this long. */
export const DEFAULT_COOLDOWN_MS = 30_000;

export type ResilientOptions = {
  /** A primary call slower than this is abandoned and answered by the fallback. */
  timeoutMs: number;
  cooldownMs?: number;
  clock?: () => number;
};

export type PrimaryStatus = { healthy: boolean; lastFailureAt: number | null; lastError: string | null };

export type ResilientMemoryStore = MemoryStore & { primaryStatus(): PrimaryStatus };

class PrimaryTimeout extends Error {
  override name = "PrimaryTimeout";
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new PrimaryTimeout(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export function resilientMemoryStore(
  primary: MemoryStore,
  fallback: MemoryStore,
  options: ResilientOptions,
): ResilientMemoryStore {
  const clock = options.clock ?? Date.now;
  const cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
  const status: PrimaryStatus = { healthy: true, lastFailureAt: null, lastError: null };

  const markFailed = (operation: string, error: unknown) => {
    // Name and driver code only: an error message may quote a query's parameters (player data).
    const errorName = error instanceof Error ? error.name : "unknown";
    const code = (error as { code?: unknown } | null)?.code;
    if (status.healthy) {
      log.warn("memory primary unavailable; using fallback", {
        primary: primary.kind,
        fallback: fallback.kind,
        operation,
        errorName,
        code: typeof code === "string" ? code : undefined,
      });
    }
    status.healthy = false;
    status.lastFailureAt = clock();
    status.lastError = errorName;
  };
  const markHealthy = () => {
    if (!status.healthy) log.info("memory primary back", { primary: primary.kind });
    status.healthy = true;
    status.lastError = null;
  };
  const coolingDown = () =>
    !status.healthy && status.lastFailureAt !== null && clock() - status.lastFailureAt < cooldownMs;

  async function call<T>(operation: string, run: (store: MemoryStore) => Promise<T>): Promise<T> {
    if (coolingDown()) return run(fallback);
    try {
      const result = await withTimeout(run(primary), options.timeoutMs);
      markHealthy();
      return result;
    } catch (error) {
      // Invalid input is the caller's mistake, not an outage: the fallback would reject it too.
      if (error instanceof ZodError) throw error;
      markFailed(operation, error);
      return run(fallback);
    }
  }

  return {
    kind: `${primary.kind}+${fallback.kind}`,
    primaryStatus: () => ({ ...status }),
    addEpisode: (input) => call("addEpisode", (s) => s.addEpisode(input)),
    addFacts: (input) => call("addFacts", (s) => s.addFacts(input)),
    search: (input) => call("search", (s) => s.search(input)),
    listFacts: (input) => call("listFacts", (s) => s.listFacts(input)),
    listEpisodes: (playerId) => call("listEpisodes", (s) => s.listEpisodes(playerId)),

    async deletePlayer(playerId) {
      // Facts written during an outage live in the fallback: both stores are always cleared.
      const fromFallback = await fallback.deletePlayer(playerId);
      try {
        const fromPrimary = await withTimeout(primary.deletePlayer(playerId), options.timeoutMs);
        markHealthy();
        return {
          facts: fromPrimary.facts + fromFallback.facts,
          episodes: fromPrimary.episodes + fromFallback.episodes,
        };
      } catch (error) {
        if (error instanceof ZodError) throw error;
        markFailed("deletePlayer", error);
        throw new AppError("unavailable:memory", "Memory could not be fully deleted yet; try again shortly.");
      }
    },
  };
}
