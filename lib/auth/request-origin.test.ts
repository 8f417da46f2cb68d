// A local sign-in link follows the origin the visitor used (any port), and junk falls back.
import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

const headers = (h: Record<string, string>) => new Headers(h);

describe("requestOrigin", () => {
  it.each([
    [{ origin: "http://localhost:3001", host: "localhost:3000" }, "http://localhost:3001"],
    [{ host: "127.0.0.1:4123" }, "http://127.0.0.1:4123"],
    [{ host: "nikita.example", "x-forwarded-proto": "https" }, "https://nikita.example"],
    [{ origin: "null", host: "localhost:3002" }, "http://localhost:3002"],
    [{ origin: "javascript:alert(1)", host: "localhost:3003" }, "http://localhost:3003"],
    [{ host: "bad host with spaces" }, null],
    [{}, null],
  ])("%o → %s", (h, expected) => {
    expect(requestOrigin(headers(h))).toBe(expected);
  });
});
