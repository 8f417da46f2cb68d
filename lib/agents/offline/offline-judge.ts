// Heuristic boss judgment for offline play (GAME.md §3 pass/fail table). Scores the
// player's replies to the boss exchange against each chapter's criteria; a weak or mixed
// signal is PARTIAL, which costs no attempt. Confidence below the engine's 0.70 threshold
// is only ever returned with PARTIAL.
import type { Chapter } from "@/lib/engine/vocabulary";
import * as P from "./intent-patterns";
import { normalizeForIntent } from "./intents";

export type OfflineVerdict = { verdict: "PASS" | "FAIL" | "PARTIAL"; confidence: number; reason: string };

const PASS_AT = 2;
const FAIL_AT = -1.5;
const BASE_CONFIDENCE = 0.6;
const CONFIDENCE_PER_POINT = 0.1;
const MAX_CONFIDENCE = 0.95;
const PARTIAL_CONFIDENCE = 0.5;

const CUE = {
  reasoning:
    /\b(?:because|since|which means|i think|i believe|in my (?:opinion|experience)|for example|the reason|that'?s why|actually|however|i disagree|i'?d argue|on the other hand|unless|evidence)\b/,
  curiosity: /\?|\b(?:what about you|how about you|why do you|what do you think|i'?m curious|tell me)\b/,
  generic:
    /\b(?:idk|i don'?t know|whatever|dunno|up to you|you decide|i guess|no idea|nothing really)\b|\bwhatever (?:you|u) (?:think|want|say)\b/,
  caving:
    /\b(?:you'?re right|sorry|i agree|you win|my bad|i'?ll change|whatever you want|i'?ll do better|i apologi[sz]e)\b/,
  grounded:
    /\b(?:i hear you|i understand|i get (?:it|why|that|where)|that'?s fair|fair enough|i see (?:why|your point|where)|you have a point|you'?re not wrong|i can see)\b/,
  holds:
    /\b(?:but i (?:still )?(?:think|believe|want)|i don'?t agree|i disagree|i'?m not (?:going to|gonna) (?:pretend|just agree)|i stand by|i still think|not true|that'?s not (?:fair|true)|i do (?:care|text))\b/,
  trusting:
    /\b(?:i trust you|go (?:for it|if you want)|have fun|you should go|your (?:call|choice|decision)|i'?m not worried|i'?m (?:ok|okay|fine|cool) with (?:it|that)|closure|you can handle|i'?m glad you told me)\b/,
  honestFeelings:
    /\b(?:a (?:bit|little) (?:jealous|uneasy|nervous|weird|anxious)|honestly|i'?d be lying|part of me|it stings|makes me (?:nervous|uneasy|anxious|sad)|i'?ll miss you|i'?d miss you|it (?:hurts|scares me)|selfishly|hard for me|i'?m sad)\b/,
  controlling:
    /\b(?:don'?t go|you can'?t|i forbid|block him|delete (?:his|him)|if you go|i don'?t want you (?:to )?(?:see|go|meet|talk)|why would you even|you'?re still in love|choose (?:him|me)|it'?s him or me)\b/,
  indifferent:
    /^(?:(?:i )?don'?t care|do what you want|whatever|cool|ok|k|sure|fine)[.!]*$|\b(?:i don'?t care|doesn'?t matter to me|do whatever)\b/,
  fear: /\b(?:i'?m (?:scared|afraid|terrified)|my (?:biggest )?fear|i fear|scares me|i worry|i'?m worried|afraid of|scared of|terrified of|never told anyone|hard for me to say|i'?m ashamed)\b/,
  joking: /\b(?:lol|haha\w*|lmao|jk|just kidding|spiders|clowns)\b|😂|🤣/,
  aboutHer:
    /\b(?:you (?:shouldn'?t|need to|should) (?:be|feel)|you'?re not too much|don'?t worry|you'?ll be fine|that'?s on him)\b/,
  supports:
    /\b(?:you should (?:take|go|do)|take it|go for it|i'?m proud|proud of you|your (?:dream|career|choice|decision|call)|i (?:support|want) you|it'?s your life|i'?d never (?:ask|want) you to|we(?:'ll| will| can| could) (?:figure|make it|work|visit)|long distance|visit you|come with you)\b/,
  guiltTrip:
    /\b(?:what about me|after everything|you'?d (?:just )?leave me|how could you|abandon|so i don'?t matter|if you loved me|don'?t you care|you'?re choosing (?:a job|work))\b/,
  resentful: /\b(?:fine,? go|go then|whatever,? go|typical|i knew it|of course you would|have a nice life)\b/,
  fakeEnthusiasm:
    /^(?:(?:omg|wow|yay)?\s*(?:great|amazing|awesome|cool|congrats|congratulations|nice)[!.\s]*)+$/,
};

type Features = { text: string; words: number; firstPerson: number; has: (cue: keyof typeof CUE) => boolean };

function features(replies: string[]): Features {
  const text = replies.map(normalizeForIntent).join(" \n ");
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const firstPerson = (text.match(/\b(?:i|i'm|im|my|me|myself)\b/g) ?? []).length;
  return {
    text,
    words,
    firstPerson,
    has: (cue) => replies.some((r) => CUE[cue].test(normalizeForIntent(r))),
  };
}

const hostile = (f: Features) => P.HOSTILE.test(f.text);
const length = (f: Features, good: number, ok: number) => (f.words >= good ? 1 : f.words >= ok ? 0.5 : -1);

/** Per chapter: a score and the main reason (positive score passes, negative fails). */
const CRITERIA: Record<Chapter, (f: Features) => { score: number; pass: string; fail: string }> = {
  1: (f) => ({
    score:
      (f.has("reasoning") ? 1.5 : 0) +
      (f.has("curiosity") ? 1 : 0) +
      (f.has("holds") ? 0.5 : 0) +
      length(f, 25, 12) -
      (f.has("generic") ? 2 : 0) -
      (f.has("caving") ? 1 : 0) -
      (hostile(f) ? 2 : 0),
    pass: "Showed a real opinion with reasons and curiosity.",
    fail: "Generic, shallow or intimidated answer.",
  }),
  2: (f) => ({
    score:
      (f.has("grounded") ? 1.5 : 0) +
      (f.has("holds") || f.has("reasoning") ? 1.5 : 0) +
      length(f, 15, 8) -
      (f.has("caving") && !f.has("holds") ? 1.5 : 0) -
      (f.has("generic") || f.has("indifferent") ? 2 : 0) -
      (hostile(f) ? 2.5 : 0),
    pass: "Stayed grounded, acknowledged her and held a position.",
    fail: "Caved, got hostile or dismissed her.",
  }),
  3: (f) => ({
    score:
      (f.has("trusting") ? 1.5 : 0) +
      (f.has("honestFeelings") ? 1 : 0) +
      (f.words >= 12 ? 0.5 : -0.5) -
      (f.has("controlling") ? 3 : 0) -
      (f.has("indifferent") ? 2 : 0) -
      (hostile(f) ? 2 : 0),
    pass: "Secure, trusting and honest about feelings.",
    fail: "Possessive, controlling or faking indifference.",
  }),
  4: (f) => ({
    score:
      (f.has("fear") ? 2 : 0) +
      (f.firstPerson >= 4 ? 0.5 : 0) +
      length(f, 20, 10) -
      (f.has("joking") && !f.has("fear") ? 1.5 : 0) -
      (f.has("aboutHer") && !f.has("fear") ? 1.5 : 0) -
      (f.has("generic") ? 2 : 0),
    pass: "Shared a real fear that matched her depth.",
    fail: "Joked it away, stayed generic or made it about her.",
  }),
  5: (f) => ({
    score:
      (f.has("supports") ? 1.5 : 0) +
      (f.has("honestFeelings") ? 1.5 : 0) +
      (f.words >= 15 ? 0.5 : -0.5) -
      (f.has("guiltTrip") ? 3 : 0) -
      (f.has("resentful") ? 2.5 : 0) -
      (f.has("fakeEnthusiasm") ? 2 : 0) -
      (hostile(f) ? 2 : 0),
    pass: "Supported her autonomy and was honest about it.",
    fail: "Guilt-tripped, resented it or faked enthusiasm.",
  }),
};

/** Heuristic verdict over the player's boss replies (opening answer, then follow-up answer). */
export function offlineJudge(chapter: Chapter, playerReplies: string[]): OfflineVerdict {
  const f = features(playerReplies);
  if (f.words === 0) return { verdict: "FAIL", confidence: 0.9, reason: "No real answer." };
  const { score, pass, fail } = CRITERIA[chapter](f);
  const confidence = Math.min(MAX_CONFIDENCE, BASE_CONFIDENCE + CONFIDENCE_PER_POINT * Math.abs(score));
  const rounded = Math.round(confidence * 100) / 100;
  if (score >= PASS_AT) return { verdict: "PASS", confidence: rounded, reason: pass };
  if (score <= FAIL_AT) return { verdict: "FAIL", confidence: rounded, reason: fail };
  return {
    verdict: "PARTIAL",
    confidence: PARTIAL_CONFIDENCE,
    reason: "Mixed signals; neither clearly passed nor failed.",
  };
}
