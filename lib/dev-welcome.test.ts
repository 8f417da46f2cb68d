// The dev server's first screen names the sign-in page, the dev mailbox and db:seed.
import { describe, expect, it } from "vitest";
import { devWelcomeText } from "./dev-welcome";

describe("devWelcomeText", () => {
  it("points a newcomer at sign-in, the mailbox and the seed, on the port actually used", () => {
    const text = devWelcomeText({
      port: 3001,
      authMode: "local",
      modelMode: "offline",
      pgliteDir: ".data/pglite",
      schedulerOn: true,
    });
    expect(text).toContain("http://localhost:3001/sign-in");
    expect(text).toContain("http://localhost:3001/dev/mailbox");
    expect(text).toContain("npm run db:seed");
    expect(text).toContain("offline Nikita");
  });

  it("has no dev mailbox line with Supabase auth", () => {
    const text = devWelcomeText({
      port: 3000,
      authMode: "supabase",
      modelMode: "anthropic",
      pgliteDir: null,
      schedulerOn: false,
    });
    expect(text).not.toContain("/dev/mailbox");
    expect(text).toContain("PostgreSQL");
  });
});
