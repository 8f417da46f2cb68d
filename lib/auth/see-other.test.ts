// Sign-in redirects stay on the visitor's host, are never cached, and never leave the site.
import { describe, expect, it } from "vitest";
import { seeOther } from "./see-other";

describe("seeOther", () => {
  it("answers 303 with a relative, uncacheable Location", () => {
    const res = seeOther("/dashboard/chat?tab=1");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/dashboard/chat?tab=1");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });

  it("goes home instead of to another site", () => {
    expect(seeOther("//evil.example").headers.get("location")).toBe("/");
    expect(seeOther("https://evil.example").headers.get("location")).toBe("/");
  });
});
