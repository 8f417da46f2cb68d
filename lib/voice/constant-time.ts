// Constant-time string comparison for secrets and signatures: both sides are hashed first so
// the comparison never leaks length, and a missing expected value always fails (closed).
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

export function safeEqual(given: string | null | undefined, expected: string | null | undefined): boolean {
  if (!expected || typeof given !== "string") return false;
  return timingSafeEqual(digest(given), digest(expected));
}
