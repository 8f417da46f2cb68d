// Cleaning inbound text: control characters go (tab and line breaks stay), lone surrogates
// become U+FFFD, and a long text splits into parts that keep every character, in order.
import { describe, expect, it } from "vitest";
import { hasControlCharacters, splitLongText, stripControlCharacters } from "./clean";

describe("stripControlCharacters", () => {
  it("removes NUL, escape, backspace, DEL and C1 controls, keeps tabs and line breaks", () => {
    expect(stripControlCharacters("a\u0000b\u001bc\u0008d\u007fe\u0085f")).toBe("abcdef");
    expect(stripControlCharacters("line one\nline\ttwo\r\n")).toBe("line one\nline\ttwo\r\n");
    expect(hasControlCharacters("plain text, émoji 😀")).toBe(false);
    expect(hasControlCharacters("nul\u0000")).toBe(true);
  });
  it("replaces lone surrogates but keeps real pairs", () => {
    expect(stripControlCharacters("x\ud800y")).toBe("x\ufffdy");
    expect(stripControlCharacters("ok 😀")).toBe("ok 😀");
  });
});

describe("splitLongText", () => {
  it("keeps a short text whole", () => {
    expect(splitLongText("hello", 10)).toEqual(["hello"]);
  });
  it("cuts at a space near the limit and loses nothing", () => {
    const text = "word ".repeat(50).trim();
    const parts = splitLongText(text, 32);
    expect(parts.every((p) => p.length <= 32)).toBe(true);
    expect(parts.join("")).toBe(text);
    expect(parts.slice(0, -1).every((p) => p.endsWith(" "))).toBe(true);
  });
  it("never splits a surrogate pair", () => {
    const text = "😀".repeat(20);
    const parts = splitLongText(text, 7);
    expect(parts.join("")).toBe(text);
    expect(parts.every((p) => !/[\ud800-\udbff]$/.test(p))).toBe(true);
  });
});
