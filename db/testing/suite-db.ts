// One fresh test database per suite: `const t = suiteDatabase(driver)` inside a describe opens
// it before the suite's tests (vitest `beforeAll`) and closes (on the server: drops) it after.
// The handle forwards to the open database, so tests and hooks use `t.db`, `t.reset()`, … as is.
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase, type TestDriver } from "./test-db";

/** Migrating a fresh database takes a few seconds; the server under CI load, longer. */
const OPEN_TIMEOUT_MS = 120_000;

export function suiteDatabase(driver: TestDriver): TestDatabase {
  let open: TestDatabase | undefined;
  beforeAll(async () => {
    open = await createTestDatabase(driver);
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => open?.close());
  return new Proxy({} as TestDatabase, {
    get(_, prop) {
      if (!open) throw new Error("The suite database opens in beforeAll: use it inside tests and hooks.");
      const value = Reflect.get(open, prop, open);
      return typeof value === "function" ? value.bind(open) : value;
    },
  });
}
