/**
 * Local fake servers for the external APIs the game talks to, speaking their real wire protocols
 * (shapes checked against /work/shared/fixtures, see its README):
 * Anthropic Messages API, Telegram Bot API, ElevenLabs (signed URL + webhook signing), Supabase
 * Auth (GoTrue). Each `startFakeX()` resolves to `{ url, port, calls, reset(), close(), …controls }`.
 */
export * from "./anthropic";
export { estimateTokens, PromptCache, type Usage } from "./anthropic-usage";
export { type FakeControl, fakeControl } from "./control";
export * from "./elevenlabs";
export * from "./elevenlabs-signing";
export { fixtureJson, fixturesDir, fixtureText } from "./fixture-files";
export type { FakeServer, RecordedCall, UploadedFile } from "./http";
export * from "./neo4j";
export * from "./supabase-auth";
export { createSigningKeys, type JwtAlgorithm } from "./supabase-jwt";
export { nodeSupabaseOptions } from "./supabase-node";
export * from "./telegram";
export { TelegramApiError } from "./telegram-faults";
export {
  type BotUser,
  type Common as UpdateOverrides,
  createUpdateBuilder,
  FIXTURE_BOT,
  FIXTURE_USER,
  type TgUser,
  type UpdateBuilder,
  type UpdateBuilderOptions,
  updates,
} from "./telegram-updates";
