// The game engine's public API: pure rules from GAME.md. Callers load state, call these with
// `now` and an `Rng`, persist the returned state, history rows and events in one transaction.
export * from "./analysis";
export * from "./boss";
export * from "./conflict";
export * from "./conversation";
export * from "./decay";
export * from "./delay";
export * from "./engagement";
export * from "./exchange";
export * from "./game-over";
export * from "./lifecycle";
export * from "./proactive";
export * from "./rate-limit";
export * from "./rng";
export * from "./rules";
export * from "./score";
export * from "./shaping";
export * from "./skip";
export * from "./status";
export * from "./time";
export * from "./types";
export * from "./vices";
export * from "./vocabulary";
export * from "./voice";
