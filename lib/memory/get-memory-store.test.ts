// With no memory env (no NEO4J_URI), the process's memory is the Postgres store on the
// process database, built once and shared.
import { describe, expect, it } from "vitest";
import { players } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { env } from "@/lib/env";
import { getMemoryStore } from "./get-memory-store";

describe.runIf(env.memoryMode === "postgres")("getMemoryStore without Neo4j", () => {
  const t = suiteDatabase("pglite", { forProcess: true });

  it("remembers on the process database through one shared store", async () => {
    const store = await getMemoryStore();
    expect(store.kind).toBe("postgres");
    expect(await getMemoryStore()).toBe(store);
    const [p] = await t.db.insert(players).values({ status: "active" }).returning({ id: players.id });
    await store.addFacts({
      playerId: p!.id,
      facts: [
        { subject: "user", predicate: "drinks", object: "oat flat white", about: "user", confidence: 0.9 },
      ],
    });
    expect((await store.search({ playerId: p!.id, query: "coffee flat" })).map((f) => f.object)).toEqual([
      "oat flat white",
    ]);
  });
});
