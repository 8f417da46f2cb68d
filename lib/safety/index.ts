// Public safety API: output guard, crisis and age detection, help resources. Pure (no database);
// recording guard blocks as safety_events lives in ./record-guard-blocks.
export { type CrisisCareInput, crisisCareReply } from "./crisis-care-reply";
export { type StatedAge, statedAdultAge, statedAges } from "./detect-age";
export {
  type CrisisDetection,
  type CrisisKind,
  type CrisisLang,
  type CrisisLevel,
  detectCrisis,
} from "./detect-crisis";
export { detectLanguage } from "./detect-language";
export {
  ACCOUNT_LOCKED_LINES,
  AGE_CONFIRMATION_LINES,
  AGE_NUMBER_LINES,
  accountLockedLine,
  ageConfirmationLine,
  ageNumberLine,
  detectMinor,
  detectMinorInName,
  type MinorDetection,
} from "./detect-minor";
export { GUARD_FALLBACK_LINES, pickFallback } from "./guard-fallbacks";
export {
  type GuardBlock,
  type GuardedText,
  type GuardOutboundOptions,
  guardOutbound,
  guardViolations,
} from "./guard-outbound";
export {
  type GuardOptions,
  type GuardResult,
  type GuardViolation,
  guardOutput,
  STRICTER_INSTRUCTION,
} from "./guard-output";
export { HELP_RESOURCES, type HelpResource, selectHelpResource } from "./help-resources";
