// Nikita played by Claude: the ConversationModel the pipeline uses when ANTHROPIC_API_KEY is
// set. One model call per method: reply and boss lines on the reply model, analysis on the
// small model (raw tool input; the pipeline validates it), judgment on the reply model
// (validated here; an invalid verdict throws, which the pipeline records as ERROR). Every call
// runs through llm-calls.ts: circuit breaker, bounded SDK retries, one llm_calls row.
import type { BossJudgment } from "@/lib/engine/boss";
import { env } from "@/lib/env";
import { registerHealthProbe } from "@/lib/observability/health";
import type { BreakerOptions } from "./circuit-breaker";
import {
  callModel,
  callStructured,
  createLlmRuntime,
  firstText,
  getLlmRuntime,
  type LlmRuntime,
  type RecordLlmCall,
  validated,
} from "./llm-calls";
import type { ConversationModel } from "./model";
import {
  ANALYSIS_TOOL_NAME,
  buildAnalysisRequest,
  buildBossLineRequest,
  buildJudgmentRequest,
  buildReplyRequest,
  JUDGMENT_TOOL_NAME,
  judgmentSchema,
} from "./prompt";

export type AnthropicModelOptions = {
  baseURL?: string;
  apiKey?: string;
  timeoutMs?: number;
  /** Capped at ANTHROPIC_MAX_RETRIES (2). */
  maxRetries?: number;
  /** Clock (ms) for the circuit breaker. */
  now?: () => number;
  breaker?: Partial<BreakerOptions>;
  record?: RecordLlmCall;
  models?: { reply?: string; small?: string };
};

let isProbeRegistered = false;

/** /api/health shows the shared circuit: open → the model component is degraded. */
function registerCircuitProbe(runtime: LlmRuntime) {
  if (isProbeRegistered) return;
  isProbeRegistered = true;
  registerHealthProbe("model", async () => {
    const state = runtime.breaker.state;
    return {
      status: state === "closed" ? "healthy" : "degraded",
      mode: "anthropic",
      detail: `${env.ANTHROPIC_MODEL_REPLY} / ${env.ANTHROPIC_MODEL_SMALL}, circuit ${state}`,
    };
  });
}

/** The model's health line: the shared circuit with Anthropic, or the offline engine. */
export function registerModelHealth(): void {
  if (env.modelMode === "anthropic") {
    registerCircuitProbe(getLlmRuntime());
    return;
  }
  registerHealthProbe("model", async () => ({
    status: "healthy",
    mode: "offline",
    detail: "offline persona engine (in process)",
  }));
}

/**
 * With no options: the process-wide client and breaker built from env. With options (tests,
 * scripts): a separate client and breaker, so nothing leaks between instances.
 */
export function createAnthropicModel(options: AnthropicModelOptions = {}): ConversationModel {
  const { models, ...runtimeOptions } = options;
  const hasOwnRuntime = Object.values(runtimeOptions).some((v) => v !== undefined);
  const runtime = hasOwnRuntime ? createLlmRuntime(runtimeOptions) : getLlmRuntime();
  if (!hasOwnRuntime) registerCircuitProbe(runtime);
  const replyModel = models?.reply ?? env.ANTHROPIC_MODEL_REPLY;
  const smallModel = models?.small ?? env.ANTHROPIC_MODEL_SMALL;

  return {
    mode: "anthropic",

    reply(ctx) {
      const request = buildReplyRequest(ctx, { model: replyModel });
      return callModel(runtime, request, { purpose: "reply", playerId: ctx.playerId }, firstText);
    },

    analyze(ctx) {
      const request = buildAnalysisRequest(ctx, { model: smallModel });
      const meta = { purpose: "analysis", playerId: ctx.playerId };
      return callStructured(runtime, request, meta, ANALYSIS_TOOL_NAME, (input) => input);
    },

    judge(ctx): Promise<BossJudgment> {
      const request = buildJudgmentRequest(ctx, { model: replyModel });
      const meta = { purpose: "judgment", playerId: ctx.playerId };
      return callStructured(runtime, request, meta, JUDGMENT_TOOL_NAME, (input) => {
        const judgment = validated(judgmentSchema, input, JUDGMENT_TOOL_NAME);
        return { verdict: judgment.verdict, confidence: judgment.confidence };
      });
    },

    bossLine(ctx) {
      const request = buildBossLineRequest(ctx, { model: replyModel });
      return callModel(runtime, request, { purpose: "boss_line", playerId: ctx.playerId }, firstText);
    },
  };
}
