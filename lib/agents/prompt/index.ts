// Prompt builders for every model call in her voice or about her: reply, boss line, analysis,
// judgment. Each returns Messages API params; the Anthropic model sends them.
export { ANALYSIS_TOOL_NAME, analysisTool, buildAnalysisRequest } from "./analysis";
export { buildBossLineRequest } from "./boss-line";
export { HISTORY_TOKEN_BUDGET, historyToMessages } from "./history";
export {
  buildJudgmentRequest,
  JUDGMENT_TOOL_NAME,
  judgmentSchema,
  judgmentTool,
  type ModelJudgment,
} from "./judgment";
export {
  buildReplyRequest,
  type MessagesRequest,
  type PromptStats,
  promptStats,
  REPLY_MAX_TOKENS,
  type ReplyRequestOptions,
  systemText,
} from "./reply";
export { neutralizeTags, wrapPlayerText } from "./sanitize";
export { EPHEMERAL_CACHE, STABLE_PREFIX, stableSystemBlock } from "./stable-prefix";
export { estimateTokens } from "./tokens";
export { toolInputSchema } from "./tool-schema";
export { buildVolatileText, type VolatileInput } from "./volatile";
