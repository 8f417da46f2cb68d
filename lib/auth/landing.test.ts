import { describe, expect, it } from "vitest";
import { isAdminPath, landingAfterSignIn } from "./landing";

describe("landingAfterSignIn", () => {
  it("sends players where they were going, off-site values home", () => {
    expect(landingAfterSignIn({ next: "/chat", isAdmin: false, playsToo: true })).toBe("/chat");
    expect(landingAfterSignIn({ next: "//evil.example", isAdmin: false, playsToo: true })).toBe("/dashboard");
  });

  it("lands admins on /admin unless they asked for an admin page", () => {
    expect(landingAfterSignIn({ next: undefined, isAdmin: true, playsToo: false })).toBe("/admin");
    expect(landingAfterSignIn({ next: "/dashboard", isAdmin: true, playsToo: false })).toBe("/admin");
    expect(landingAfterSignIn({ next: "/chat", isAdmin: true, playsToo: false })).toBe("/admin");
    expect(landingAfterSignIn({ next: "/admin/players?q=x", isAdmin: true, playsToo: false })).toBe(
      "/admin/players?q=x",
    );
    expect(landingAfterSignIn({ next: "//evil.example", isAdmin: true, playsToo: false })).toBe("/admin");
  });

  it("keeps an explicit portal page for an admin who plays, not the default dashboard", () => {
    expect(landingAfterSignIn({ next: "/chat", isAdmin: true, playsToo: true })).toBe("/chat");
    expect(landingAfterSignIn({ next: "/dashboard", isAdmin: true, playsToo: true })).toBe("/admin");
  });

  it("tells admin paths from look-alikes", () => {
    expect(isAdminPath("/admin")).toBe(true);
    expect(isAdminPath("/admin/audit#x")).toBe(true);
    expect(isAdminPath("/administrator")).toBe(false);
    expect(isAdminPath("/dashboard?next=/admin")).toBe(false);
  });
});
