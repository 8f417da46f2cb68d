// One fresh test database per suite: `const t = suiteDatabase(driver)` inside a describe opens
// it before the suite's tests and closes (on the server: drops) it after; tests and hooks use
// `t.db`, `t.reset()`, … as is. `{ forProcess: true }` also makes it the process's database
// (what `getDb()` returns to the code under test) while the suite runs.
import { suiteHandle } from "@/e2e/support/suite-handle";
import { setDatabaseForProcess } from "../index";
import { createTestDatabase, type TestDatabase, type TestDriver } from "./test-db";

export function suiteDatabase(driver: TestDriver, options: { forProcess?: boolean } = {}): TestDatabase {
  return suiteHandle(
    async () => {
      const t = await createTestDatabase(driver);
      if (options.forProcess) setDatabaseForProcess(t);
      return t;
    },
    async (t) => {
      if (options.forProcess) setDatabaseForProcess(undefined);
      await t.close();
    },
  );
}
