/**
 * Locates the checked wire-format fixtures described in /work/shared/fixtures/README.md, so the
 * fakes' tests can compare their output with them byte for byte. No API is imitated here.
 *
 * Looks in $FIXTURES_DIR, then <repo>/fixtures, <repo>/e2e/fixtures, ../shared/fixtures beside the repo, then /work/shared/fixtures.
 * When none exists the comparison tests are skipped (the fakes themselves never read fixtures).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const candidates = [
  process.env.FIXTURES_DIR,
  path.resolve(__dirname, "../../fixtures"),
  path.resolve(__dirname, "../fixtures"),
  // The design repo's fixtures sit beside this checkout (../shared), in CI too.
  path.resolve(__dirname, "../../../shared/fixtures"),
  "/work/shared/fixtures",
].filter((p): p is string => typeof p === "string" && p.length > 0);

/** Absolute path of the fixtures directory, or undefined when not available. */
export const fixturesDir: string | undefined = candidates.find((p) => existsSync(path.join(p, "README.md")));

/** Exact text of a fixture file, e.g. fixtureText("anthropic/stream-text.sse"). */
export function fixtureText(relative: string): string {
  if (!fixturesDir) throw new Error("fixtures directory not found (set FIXTURES_DIR)");
  return readFileSync(path.join(fixturesDir, relative), "utf8");
}

/** Parsed JSON fixture, e.g. fixtureJson("telegram/update-text.json"). */
export function fixtureJson<T = unknown>(relative: string): T {
  return JSON.parse(fixtureText(relative)) as T;
}
