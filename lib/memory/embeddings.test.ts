// The local embedding provider is deterministic and meaningful enough to rank: a text is
// nearest to itself, word forms sharing pieces are near, unrelated texts are far.
import { describe, expect, it } from "vitest";
import { createLocalEmbeddingProvider, hashedEmbedding, LOCAL_EMBEDDING_DIMENSIONS } from "./embeddings";

const cosine = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * (b[i] ?? 0), 0);

describe("local hashed embeddings", () => {
  it("gives the same unit vector for the same text, every time", async () => {
    const provider = createLocalEmbeddingProvider();
    const [a, b] = await provider.embed(["user loves jazz", "user loves jazz"]);
    expect(a).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
    expect(a).toEqual(b);
    expect(cosine(a!, a!)).toBeCloseTo(1, 6);
  });

  it("puts word forms close and unrelated facts far", () => {
    const query = hashedEmbedding("photographs");
    const related = cosine(query, hashedEmbedding("user is learning photography"));
    const unrelated = cosine(query, hashedEmbedding("user drives a red bicycle"));
    expect(related).toBeGreaterThan(0.3);
    expect(Math.abs(unrelated)).toBeLessThan(0.2);
  });

  it("returns a zero vector for text without words", () => {
    expect(hashedEmbedding("?!").every((v) => v === 0)).toBe(true);
  });
});
