// Open redirects: a `next` value may only ever lead to a path on this site.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it.each([
    ["/dashboard", "/dashboard"],
    ["/dashboard/chat?tab=history#latest", "/dashboard/chat?tab=history#latest"],
    [
      "/admin/players/8d0f6a4e-2c1b-4f3a-9e7d-00000000f1a7",
      "/admin/players/8d0f6a4e-2c1b-4f3a-9e7d-00000000f1a7",
    ],
    ["/", "/"],
    ["/a/../admin", "/admin"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    ["protocol-relative", "//evil.example/dashboard"],
    ["backslash host", "/\\evil.example"],
    ["backslash later", "/dashboard\\..\\\\evil.example"],
    ["absolute https", "https://evil.example/dashboard"],
    ["javascript scheme", "javascript:alert(1)"],
    ["data scheme", "data:text/html,hi"],
    ["tab that parsers strip", "/\t/evil.example"],
    ["newline", "/dash\nboard"],
    ["space", "/ /evil.example"],
    ["relative without slash", "dashboard"],
    ["empty", ""],
    ["triple slash", "///evil.example"],
    ["too long", `/${"a".repeat(3000)}`],
    ["not a string", 42],
    ["missing", undefined],
  ])("rejects %s", (_name, input) => {
    expect(safeNextPath(input)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("uses the caller's fallback when the value is unsafe", () => {
    expect(safeNextPath("//evil.example", "/admin")).toBe("/admin");
  });

  it("never yields a value that leaves the site, whatever the input", () => {
    const base = "https://nikita.example";
    const tricky = [
      "/%2F%2Fevil.example",
      "/.//evil.example",
      "/%5Cevil.example",
      "/@evil.example",
      "/:@evil.example",
    ];
    for (const input of tricky) {
      expect(new URL(safeNextPath(input), base).origin).toBe(base);
    }
  });

  it("keeps every generated input on the site (property)", () => {
    const base = "https://nikita.example";
    const pieces = fc.constantFrom(
      "/",
      "//",
      "\\",
      ".",
      "..",
      "@",
      ":",
      "%2F",
      "%5C",
      "\t",
      "evil.example",
      "a",
      "?",
      "#",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const out = safeNextPath(parts.join(""));
        expect(out.startsWith("/") && !out.startsWith("//")).toBe(true);
        expect(new URL(out, base).origin).toBe(base);
      }),
      { numRuns: 2000 },
    );
  });
});
