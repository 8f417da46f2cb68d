// Cost per call from the API's usage block: uncached input, cache writes (5 m / 1 h), cache
// reads and output each at their own rate.
import { describe, expect, it } from "vitest";
import { CACHE_PRICE_MULTIPLIERS, costUsd, MODEL_PRICES_USD, priceFor, readUsage } from "./pricing";

describe("pricing", () => {
  it.each([
    { model: "claude-sonnet-4-5", expected: MODEL_PRICES_USD["claude-sonnet-4-5"] },
    { model: "claude-sonnet-4-5-20250929", expected: MODEL_PRICES_USD["claude-sonnet-4-5"] },
    { model: "claude-haiku-4-5", expected: MODEL_PRICES_USD["claude-haiku-4-5"] },
    { model: "claude-sonnet-5-5-20260928", expected: MODEL_PRICES_USD["claude-sonnet-5-5"] },
    { model: "claude-sonnet-5-20260630", expected: MODEL_PRICES_USD["claude-sonnet-5"] },
    { model: "claude-haiku-9-9", expected: MODEL_PRICES_USD["claude-haiku-4-5"] },
    { model: "gpt-4o", expected: undefined },
  ])("prices $model by id, dated snapshot or family", ({ model, expected }) => {
    expect(priceFor(model)).toEqual(expected);
  });

  it("bills each bucket at its rate", () => {
    const usage = readUsage({
      input_tokens: 1_000,
      output_tokens: 200,
      cache_read_input_tokens: 10_000,
      cache_creation_input_tokens: 3_000,
      cache_creation: { ephemeral_5m_input_tokens: 2_000, ephemeral_1h_input_tokens: 1_000 },
    });
    const { inputPerMTok, outputPerMTok } = MODEL_PRICES_USD["claude-sonnet-4-5"]!;
    const expected =
      (1_000 * inputPerMTok +
        2_000 * inputPerMTok * CACHE_PRICE_MULTIPLIERS.write5m +
        1_000 * inputPerMTok * CACHE_PRICE_MULTIPLIERS.write1h +
        10_000 * inputPerMTok * CACHE_PRICE_MULTIPLIERS.read +
        200 * outputPerMTok) /
      1_000_000;
    expect(costUsd("claude-sonnet-4-5", usage)).toBeCloseTo(expected, 6);
    // By hand: 3000 + 7500 + 6000 + 3000 + 3000 micro-dollars.
    expect(costUsd("claude-sonnet-4-5", usage)).toBe(0.0225);
  });

  it("uses a model's own cache-hit rate where it has one", () => {
    const usage = readUsage({ input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 1_000_000 });
    expect(costUsd("claude-sonnet-5-5", usage)).toBe(0.1);
    expect(costUsd("claude-sonnet-5", usage)).toBe(0.2);
  });

  it("makes a cached prefix far cheaper than the same tokens uncached", () => {
    const cold = readUsage({ input_tokens: 5_000, output_tokens: 50 });
    const warm = readUsage({ input_tokens: 500, cache_read_input_tokens: 4_500, output_tokens: 50 });
    expect(costUsd("claude-sonnet-4-5", warm)).toBeLessThan(costUsd("claude-sonnet-4-5", cold) / 3);
  });

  it("treats missing usage fields as zero and unknown models as free", () => {
    expect(readUsage({ input_tokens: 3, output_tokens: 4, cache_creation: null })).toMatchObject({
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
    });
    expect(costUsd("not-a-claude-model", readUsage({ input_tokens: 1_000_000, output_tokens: 0 }))).toBe(0);
  });
});
