// Which update failures are acknowledged instead of retried: invalid input and data the
// database refuses, however wrapped; outages, deadlocks and unknown errors stay retryable.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isPermanentUpdateError } from "./permanent-error";

const pg = (code: string) => Object.assign(new Error(`pg ${code}`), { code });
const wrapped = (cause: unknown) => Object.assign(new Error("Failed query"), { cause });
const botError = (error: unknown) => Object.assign(new Error("BotError"), { error });

describe("isPermanentUpdateError", () => {
  it("is true for zod errors and data/integrity/limit SQLSTATEs, however deep", () => {
    const zod = z.string().max(1).safeParse("too long").error;
    expect(isPermanentUpdateError(zod)).toBe(true);
    expect(isPermanentUpdateError(botError(wrapped(pg("22021"))))).toBe(true);
    expect(isPermanentUpdateError(wrapped(pg("23503")))).toBe(true);
    expect(isPermanentUpdateError(pg("54000"))).toBe(true);
  });
  it("is false for connection failures, deadlocks, serialization failures and plain errors", () => {
    for (const code of ["08006", "40P01", "40001", "57P01", "53300"]) {
      expect(isPermanentUpdateError(botError(wrapped(pg(code)))), code).toBe(false);
    }
    expect(isPermanentUpdateError(new Error("ECONNREFUSED"))).toBe(false);
    expect(isPermanentUpdateError(undefined)).toBe(false);
  });
});
