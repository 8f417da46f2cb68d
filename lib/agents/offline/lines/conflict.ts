// Lines for a heated relationship (GAME.md §6: HOT and CRITICAL make her cold and
// conflict-aware). Short, cold or sharp; she neither grovels nor threatens. A real apology
// softens her; a fake one ("sorry if you…", "sorry but…") makes it worse.
import type { ConflictZone } from "@/lib/engine/vocabulary";

type HeatedZone = Extract<ConflictZone, "HOT" | "CRITICAL">;

export const COLD: Record<HeatedZone, readonly string[]> = {
  HOT: [
    "mm.",
    "ok.",
    "not really in the mood for small talk right now.",
    "i'm still annoyed. give me a minute.",
    "sure.",
    "we can talk later. properly.",
    "i heard you.",
    "i'm not ignoring you. i'm just not there yet.",
  ],
  CRITICAL: [
    "no.",
    "not now.",
    "i need some space.",
    "i'm done talking for tonight.",
    "i can't do this right now.",
    "stop.",
    "later.",
  ],
};

export const SHARP: Record<HeatedZone, readonly string[]> = {
  HOT: [
    "and there it is.",
    "keep going. you're proving my point.",
    "you don't get to talk to me like that. not now, not ever.",
    "that's exactly why i'm upset.",
    "wow. ok.",
    "say something useful or say nothing.",
  ],
  CRITICAL: [
    "no. i'm not doing this.",
    "stop. seriously.",
    "that's enough.",
    "i'm not answering that.",
    "you've said enough tonight.",
    "no.",
  ],
};

/** A real apology while things are heated: she softens, a little. */
export const SOFTENED: readonly string[] = [
  "ok. thank you for saying that. i needed to hear it.",
  "...fine. i'm still a bit hurt, but that helped.",
  "thank you. i'm not made of stone. we can talk.",
  "that's a real apology. i'm letting some of it go.",
  "ok. i hear you. let's start over, slowly.",
  "thank you. i'm sorry too. i was sharp.",
];

/** A non-apology ("sorry if you feel that way") at any temperature. */
export const FAKE_APOLOGY: readonly string[] = [
  "that's not an apology. that's a receipt.",
  "'sorry if' isn't sorry.",
  "you're sorry i'm upset? wow. try again.",
  "no. a real one or none at all.",
  "don't 'sorry but' me.",
  "that made it worse, just so you know.",
];

/** Lukewarm replies for a WARM zone: a little prickly, still talking. */
export const LUKEWARM: readonly string[] = [
  "hm. i'm still a bit prickly from earlier. but go on.",
  "i'm here. a little cooler than usual, don't take it personally.",
  "ok. i'm listening. not smiling yet, but listening.",
  "fine. talk to me.",
  "mm. we're ok-ish. continue.",
  "i'm getting there. say something nice. or true. true is better.",
];
