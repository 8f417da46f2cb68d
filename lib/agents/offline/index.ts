// Public API of the offline persona engine: a deterministic, rule-based Nikita used when no
// model key is configured. Every function takes an injected rng so output is reproducible.
export { BOSS_OPENINGS, bossOpening, bossResolution } from "./boss-lines";
export {
  bossFailLine,
  bossPartialLine,
  bossPassLine,
  type VictoryInput,
  victoryMessage,
} from "./boss-outcomes";
export {
  gameOverLine,
  giveMeAMinuteLine,
  type LineContext,
  NON_TEXT_KINDS,
  type NonTextKind,
  needsSpaceLine,
  nonTextReaction,
  rateLimitLine,
  STATUS_BANDS,
  type StatusBand,
  statusMoodLine,
  stillThereLine,
  wonLine,
} from "./canned-lines";
export { type DiaryInput, type DiaryMood, offlineDiaryEntry } from "./diary-entry";
export { extractFacts } from "./extract-facts";
export {
  conflictBreakupLine,
  decayGoodbyeLine,
  type PointOfNoReturn,
  pointOfNoReturnGoodbye,
} from "./goodbyes";
export { classifyIntent, INTENTS, type Intent, resolveIntent } from "./intents";
export { type OfflineAnalyzeInput, offlineAnalyze } from "./offline-analyze";
export { type OfflineVerdict, offlineJudge } from "./offline-judge";
export { type OfflineReplyInput, offlineReply } from "./offline-reply";
export { type ProactiveInput, type ProactiveKind, proactiveMessage } from "./proactive";
export { createSeededRng, type Rng } from "./rng";
export { type MemoryFact, shapeReply } from "./voice";
export { firstMessage, welcomeBackLine } from "./welcome-lines";
