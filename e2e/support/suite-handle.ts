// A resource opened once per test suite (a database, a fake server): `suiteHandle(open, close)`
// inside a describe opens it in vitest's `beforeAll` and closes it in `afterAll`. It returns a stand-in that forwards to the open resource, so
// tests and hooks use it as is (`t.db`, `fake.calls`, …); touching it outside them throws.
import { afterAll, beforeAll } from "vitest";

/** Migrating a fresh database or starting a server takes a few seconds; under CI load, longer. */
const OPEN_TIMEOUT_MS = 120_000;

export function suiteHandle<T extends object>(
  open: () => Promise<T>,
  close: (resource: T) => Promise<void>,
): T {
  let resource: T | undefined;
  beforeAll(async () => {
    resource = await open();
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => {
    if (resource) await close(resource);
  });
  return new Proxy({} as T, {
    get(_, prop) {
      if (!resource)
        throw new Error("The suite's resource opens in beforeAll: use it inside tests and hooks.");
      const value = Reflect.get(resource, prop, resource);
      return typeof value === "function" ? value.bind(resource) : value;
    },
  });
}
