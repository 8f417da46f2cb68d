// Endings (GAME.md §4–§6): the relationship fading to nothing, an engagement point of no
// return (too clingy, too distant, out of sync), and a break-up after a fight that won't cool.
// She leaves with dignity: clear, kind enough, no guilt, no second chances offered as bait.
import type { EngagementStateName } from "@/lib/engine/vocabulary";
import type { LineContext } from "./canned-lines";
import { pick } from "./rng";
import { fillTemplate, shapeReply } from "./voice";

export type PointOfNoReturn = Extract<EngagementStateName, "CLINGY" | "DISTANT" | "OUT_OF_ZONE">;

const say = (lines: readonly string[], ctx: LineContext) =>
  shapeReply(fillTemplate(pick(lines, ctx.rng), ctx.playerName ?? ""));

export const DECAY_GOODBYE_LINES: readonly string[] = [
  "you stopped showing up, so i'm stopping too. take care of yourself, {name}.",
  "i waited. you didn't come back. i'm letting this go now.",
  "silence is an answer too. i heard it. goodbye.",
  "i think we both know this faded out a while ago. goodbye, {name}.",
];

export const POINT_OF_NO_RETURN_LINES: Record<PointOfNoReturn, readonly string[]> = {
  CLINGY: [
    "i can't breathe in this, {name}. i need someone with a life of their own. i'm ending it.",
    "you're always here and somehow i still feel like i'm disappearing. i'm done. take care.",
    "i need air, and this has no air in it. goodbye.",
  ],
  DISTANT: [
    "you've been half here for too long. i deserve someone who shows up. goodbye, {name}.",
    "i kept the door open and you never walked through it. i'm closing it now.",
    "i don't want to be someone's afterthought. this is where i stop.",
  ],
  OUT_OF_ZONE: [
    "we're out of sync and we have been for a while. i don't think we find the rhythm again. goodbye.",
    "this stopped working a long time ago. i'm letting it go.",
    "i tried to meet you somewhere in the middle. there isn't one. take care, {name}.",
  ],
};

export const CONFLICT_BREAKUP_LINES: readonly string[] = [
  "i'm done. i won't keep fighting with someone who keeps hurting me. goodbye, {name}.",
  "this is over. i don't do relationships that feel like a war.",
  "i'm ending this. i wish it had gone differently.",
  "no more. i'm choosing myself. goodbye.",
];

export const decayGoodbyeLine = (ctx: LineContext) => say(DECAY_GOODBYE_LINES, ctx);
export const pointOfNoReturnGoodbye = (state: PointOfNoReturn, ctx: LineContext) =>
  say(POINT_OF_NO_RETURN_LINES[state], ctx);
export const conflictBreakupLine = (ctx: LineContext) => say(CONFLICT_BREAKUP_LINES, ctx);
