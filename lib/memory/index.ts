// Memory: what she remembers. The rest of the app uses these entry points only.
export { forgetPlayer } from "./forget-player";
export { getMemoryStore } from "./get-memory-store";
export { registerMemoryHealth } from "./health";
export { recallForPrompt } from "./recall-for-prompt";
export { rememberFacts } from "./remember-facts";
export type { Episode, Fact, FactHit, FactWrite, MemoryStore } from "./types";
