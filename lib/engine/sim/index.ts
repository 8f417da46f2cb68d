// The balance simulator's public API (the CLI, the benchmark and the admin Balance page).
export { ARCHETYPE_MODELS, ARCHETYPES, type ArchetypeModel, type ArchetypeName } from "./archetypes";
export { renderSimulationHtml } from "./chart";
export type { Outcome, PlayerRun } from "./player";
export { formatChapterTable, formatOutcomeTable, formatSimulationReport } from "./report";
export {
  type ArchetypeResult,
  type DayBand,
  DEFAULT_START,
  OUTCOMES,
  runSimulation,
  type SimulationParams,
  type SimulationResult,
} from "./run";
