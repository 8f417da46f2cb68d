// Embedding providers for similarity search beside full-text search. `local` is a real,
// deterministic, offline provider: hashed bag of words plus character trigrams (the
// "hashing trick") into a fixed dimension, L2-normalised, so cosine similarity rewards shared
// words and shared word pieces ("dogs" ~ "dog"). A hosted model can implement the same
// interface later; the Postgres store only needs `dimensions` and `embed`.
import { createHash } from "node:crypto";
import { env } from "@/lib/env";
import { tokenize } from "./normalize";

export interface EmbeddingProvider {
  /** Stable name; stored beside each vector so a provider change re-embeds instead of mixing. */
  readonly name: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}

/** Small enough for an exact per-player scan to stay fast, large enough to keep collisions rare. */
export const LOCAL_EMBEDDING_DIMENSIONS = 256;
/** Whole words carry more meaning than word pieces. */
const WORD_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.5;

function bucket(feature: string, dimensions: number): { index: number; sign: 1 | -1 } {
  const digest = createHash("sha1").update(feature).digest();
  return { index: digest.readUInt32BE(0) % dimensions, sign: (digest[4] ?? 0) & 1 ? 1 : -1 };
}

function trigrams(word: string): string[] {
  const padded = `<${word}>`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.push(padded.slice(i, i + 3));
  return grams;
}

/** One text → its hashed feature vector (unit length; all zeros for a text without words). */
export function hashedEmbedding(text: string, dimensions = LOCAL_EMBEDDING_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of tokenize(text)) {
    const w = bucket(`w:${word}`, dimensions);
    vector[w.index] = (vector[w.index] ?? 0) + w.sign * WORD_WEIGHT;
    for (const gram of trigrams(word)) {
      const g = bucket(`g:${gram}`, dimensions);
      vector[g.index] = (vector[g.index] ?? 0) + g.sign * TRIGRAM_WEIGHT;
    }
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

export function createLocalEmbeddingProvider(dimensions = LOCAL_EMBEDDING_DIMENSIONS): EmbeddingProvider {
  return {
    name: `local-hash-${dimensions}`,
    dimensions,
    embed: async (texts) => texts.map((t) => hashedEmbedding(t, dimensions)),
  };
}

/** The provider selected by EMBEDDINGS_PROVIDER, or undefined when similarity search is off. */
export function getEmbeddingProvider(): EmbeddingProvider | undefined {
  return env.EMBEDDINGS_PROVIDER === "local" ? createLocalEmbeddingProvider() : undefined;
}

/** The text embedded for a fact: what a question about it would most likely mention. */
export function factEmbeddingText(fact: { subject: string; predicate: string; object: string }): string {
  return `${fact.subject} ${fact.predicate} ${fact.object}`;
}

/** pgvector's text form: "[0.1,0.2,…]". */
export function toVectorLiteral(vector: number[]): string {
  return `[${vector.join(",")}]`;
}
