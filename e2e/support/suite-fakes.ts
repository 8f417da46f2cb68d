// Fake servers opened once per test suite (see suite-handle.ts): started before the suite's
// tests, closed after, used inside tests and hooks as the fake itself.
import { type FakeAnthropic, type FakeAnthropicOptions, startFakeAnthropic } from "@/e2e/fakes/anthropic";
import { suiteHandle } from "./suite-handle";

export function suiteFakeAnthropic(options: FakeAnthropicOptions = {}): FakeAnthropic {
  return suiteHandle(
    () => startFakeAnthropic(options),
    (fake) => fake.close(),
  );
}
