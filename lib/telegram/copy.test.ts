// Every line the bot can say outside the model — lib/telegram/copy.ts and the offline
// lines she falls back on — passes the output guard as written. A line that does not would be
// swapped for a random fallback (and a guard-block event) every time it is sent: the reset
// question once did exactly that, because it said "chapter".
import { describe, expect, it } from "vitest";
import * as bossLines from "@/lib/agents/offline/boss-lines";
import * as bossOutcomes from "@/lib/agents/offline/boss-outcomes";
import * as canned from "@/lib/agents/offline/canned-lines";
import * as diary from "@/lib/agents/offline/diary-entry";
import * as goodbyes from "@/lib/agents/offline/goodbyes";
import * as aboutHer from "@/lib/agents/offline/lines/about-her";
import * as byChapter from "@/lib/agents/offline/lines/by-chapter";
import * as conflict from "@/lib/agents/offline/lines/conflict";
import * as deflect from "@/lib/agents/offline/lines/deflect";
import * as extras from "@/lib/agents/offline/lines/extras";
import * as feelings from "@/lib/agents/offline/lines/feelings";
import * as replyLines from "@/lib/agents/offline/lines/index";
import * as pushback from "@/lib/agents/offline/lines/pushback";
import * as social from "@/lib/agents/offline/lines/social";
import * as spark from "@/lib/agents/offline/lines/spark";
import * as memoryLines from "@/lib/agents/offline/memory-lines";
import * as proactive from "@/lib/agents/offline/proactive";
import * as voice from "@/lib/agents/offline/voice";
import * as welcome from "@/lib/agents/offline/welcome-lines";
import { createRng } from "@/lib/engine";
import { CHAPTERS } from "@/lib/engine/vocabulary";
import { guardOutput } from "@/lib/safety/guard-output";
import { commandText, onboardingText } from "./copy";

/** Bot text that is not hers and is never guarded: command lists, settings, button labels. */
const SYSTEM_TEXT = new Set([
  "help",
  "statusChapter",
  "settings",
  "settingsKeyboard",
  "timezoneSet",
  "settingsSaved",
  "buttonStale",
  "portalButton",
]);

/** Each copy entry as the text it produces (functions called with plausible arguments). */
function rendered(table: Record<string, unknown>): [string, string][] {
  const rng = createRng(3);
  const sample: Record<string, unknown[]> = {
    askAdult: ["Sam"],
    placeUnderstood: ["Berlin", "Europe/Berlin", "21:04"],
    unknown: ["dance"],
    welcomeBack: ["Sam"],
    statusMood: ["solid", rng],
  };
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(table)) {
    if (SYSTEM_TEXT.has(key)) continue;
    if (typeof value === "string") out.push([key, value]);
    else if (typeof value === "function") {
      const args = sample[key];
      if (!args) throw new Error(`copy.${key} is a function: give it sample arguments here`);
      out.push([key, String(value(...args))]);
      if (key === "welcomeBack") out.push([`${key}()`, String(value(null))]);
    } else throw new Error(`copy.${key}: unexpected ${typeof value}`);
  }
  return out;
}

function* strings(value: unknown, path: string, seen = new Set<unknown>()): Generator<[string, string]> {
  if (typeof value === "string") {
    yield [path, value];
    return;
  }
  if (!value || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) yield* strings(inner, `${path}.${key}`, seen);
}

const fillTemplate = (line: string) =>
  line
    .replaceAll("{name}", "Sam")
    .replaceAll("{fact}", "you work as a nurse")
    .replaceAll("{days}", "12 days")
    .replaceAll("{messages}", "240 messages")
    .replace(/\{\w+\}/g, "Sam");

describe("the bot's own copy passes the output guard", () => {
  const lines = [...rendered(onboardingText), ...rendered(commandText)];

  it.each(CHAPTERS)("every line of hers in copy.ts, in chapter %i", (chapter) => {
    expect(lines.length).toBeGreaterThan(30);
    for (const [key, text] of lines) expect(guardOutput(text, { chapter }), key).toEqual({ ok: true });
  });

  it("the reset question (the line that once said 'chapter') is sent as written", () => {
    expect(guardOutput(commandText.resetAsk, { chapter: 5 })).toEqual({ ok: true });
    expect(commandText.resetAsk).toMatch(/start over/);
  });
});

describe("the offline lines pass the output guard", () => {
  const modules = {
    bossLines,
    bossOutcomes,
    canned,
    diary,
    goodbyes,
    aboutHer,
    byChapter,
    conflict,
    deflect,
    extras,
    feelings,
    replyLines,
    pushback,
    social,
    spark,
    memoryLines,
    proactive,
    voice,
    welcome,
  };
  const lines = Object.entries(modules).flatMap(([name, module]) => [...strings(module, name)]);

  it("every exported line, templates filled", () => {
    expect(lines.length).toBeGreaterThan(1000);
    const blocked = lines
      .map(([path, line]) => ({ path, line, result: guardOutput(fillTemplate(line), { chapter: 5 }) }))
      .filter((r) => !r.result.ok);
    expect(blocked).toEqual([]);
  });
});
