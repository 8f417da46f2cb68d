export * from "./conversations";
export * from "./delivery";
export * from "./memory";
export * from "./operations";
export * from "./players";
export * from "./scoring";
export * from "./telegram";
