/**
 * Builders for the bodies ElevenLabs (Agents platform) sends to the app.
 *
 * Imitates, with the fixture values as defaults (README "elevenlabs/"):
 * - post_call_transcription webhook envelope: fixtures/elevenlabs/post-call-transcription.json
 * - call_initiation_failure webhook: fixtures/elevenlabs/call-initiation-failure.json
 * - conversation-initiation (client-data) webhook request: conversation-initiation-request.json
 * Key order matches the fixtures, so `toRawBody(build…())` reproduces the file bytes exactly
 * (2-space JSON + trailing newline) and therefore the README's worked signature examples.
 */

export type Json = Record<string, unknown>;

/** Serialises like the fixture files: 2-space indented JSON plus a trailing newline. */
export const toRawBody = (payload: unknown) => `${JSON.stringify(payload, null, 2)}\n`;

export const FIXTURE_AGENT_ID = "agent_01fakefixturenikitaagent0";
export const FIXTURE_PLAYER_ID = "0f3a9c2e-fa4e-4c1d-9a7e-000000000001";

/** One transcript entry with every field present (nulls where unused), as in the fixture. */
export function transcriptTurn(
  role: "agent" | "user",
  message: string | null,
  timeInCallSecs: number,
  extra: Partial<Record<string, unknown>> = {},
): Json {
  return {
    role,
    message,
    tool_calls: null,
    tool_results: null,
    feedback: null,
    llm_override: null,
    time_in_call_secs: timeInCallSecs,
    conversation_turn_metrics: null,
    interrupted: false,
    original_message: null,
    source_medium: "audio",
    ...extra,
  };
}

const TOOL_BODY = `{"player_id":"${FIXTURE_PLAYER_ID}","query":"what did he say about his sister's new job","limit":3}`;

const FIXTURE_TRANSCRIPT = (): Json[] => [
  transcriptTurn("agent", "Oh. You actually called. Hi, Alex.", 0),
  transcriptTurn("user", "Hey! I wanted to tell you my sister got the job in Hamburg.", 4),
  transcriptTurn("agent", null, 6, {
    tool_calls: [
      {
        type: "webhook",
        request_id: "recall_memory_fixture0001",
        tool_name: "recall_memory",
        params_as_json: TOOL_BODY,
        tool_has_been_called: true,
        tool_details: {
          type: "webhook",
          method: "POST",
          url: "https://nikita.example.com/api/voice/tools/recall-memory",
          path_params: {},
          query_params: {},
          body: TOOL_BODY,
        },
      },
    ],
    tool_results: [
      {
        request_id: "recall_memory_fixture0001",
        tool_name: "recall_memory",
        result_value: '{"facts":["Sister lives in Hamburg","Sister applied for a design job in October"]}',
        is_error: false,
        tool_has_been_called: true,
        tool_latency_secs: 0.184,
        dynamic_variable_updates: [],
        type: "webhook",
      },
    ],
    source_medium: null,
  }),
  transcriptTurn("agent", "The design job? Okay, that's actually great. Tell her I'm impressed. Mildly.", 7, {
    conversation_turn_metrics: {
      metrics: {
        convai_llm_service_ttfb: { elapsed_time: 0.412 },
        convai_llm_service_ttf_sentence: { elapsed_time: 0.633 },
      },
    },
  }),
];

export interface PostCallOptions {
  eventTimestamp?: number;
  agentId?: string;
  conversationId?: string;
  /** The `user_id` the app passed when starting the conversation (player id). */
  userId?: string;
  status?: string;
  transcript?: Json[];
  startTimeUnixSecs?: number;
  callDurationSecs?: number;
  /** Shallow-merged into data.metadata. */
  metadata?: Json;
  /** Shallow-merged into data.analysis. */
  analysis?: Json;
  /** Replaces conversation_initiation_client_data.dynamic_variables (system__ ids are appended). */
  dynamicVariables?: Json;
}

/** `{type:"post_call_transcription",event_timestamp,data}` (post-call-transcription.json). */
export function buildPostCallTranscription(o: PostCallOptions = {}): Json {
  const agentId = o.agentId ?? FIXTURE_AGENT_ID;
  const conversationId = o.conversationId ?? "conv_01fakefixtureconversation1";
  const userId = o.userId ?? FIXTURE_PLAYER_ID;
  const start = o.startTimeUnixSecs ?? 1795291200;
  const dynamicVariables = o.dynamicVariables ?? {
    player_id: userId,
    player_name: "Alex",
    chapter: 2,
    relationship_score: 58.4,
  };
  return {
    type: "post_call_transcription",
    event_timestamp: o.eventTimestamp ?? 1795291340,
    data: {
      agent_id: agentId,
      conversation_id: conversationId,
      status: o.status ?? "done",
      user_id: userId,
      transcript: o.transcript ?? FIXTURE_TRANSCRIPT(),
      metadata: {
        start_time_unix_secs: start,
        accepted_time_unix_secs: start,
        call_duration_secs: o.callDurationSecs ?? 118,
        cost: 786,
        deletion_settings: {
          deletion_time_unix_secs: null,
          deleted_logs_at_time_unix_secs: null,
          deleted_audio_at_time_unix_secs: null,
          deleted_transcript_at_time_unix_secs: null,
          delete_transcript_and_pii: false,
          delete_audio: false,
        },
        feedback: { overall_score: null, likes: 0, dislikes: 0 },
        authorization_method: "signed_url",
        charging: { dev_discount: false, tier: "creator" },
        phone_call: null,
        batch_call: null,
        termination_reason: "Client disconnected: 1000",
        error: null,
        main_language: "en",
        rag_usage: null,
        text_only: false,
        conversation_initiation_source: "react_sdk",
        conversation_initiation_source_version: "0.9.1",
        ...o.metadata,
      },
      analysis: {
        evaluation_criteria_results: {
          stayed_in_character: {
            criteria_id: "stayed_in_character",
            result: "success",
            rationale: "FIXTURE: the agent kept Nikita's voice for the whole call.",
          },
        },
        data_collection_results: {
          player_mood: {
            data_collection_id: "player_mood",
            value: "excited",
            json_schema: { type: "string", description: "The player's overall mood during the call." },
            rationale: "FIXTURE: the player shared good news enthusiastically.",
          },
        },
        call_successful: "success",
        transcript_summary:
          "FIXTURE: Alex called to share that his sister got a design job in Hamburg; Nikita recalled the application and reacted warmly, in character.",
        call_summary_title: "Sister's new job",
        ...o.analysis,
      },
      conversation_initiation_client_data: {
        conversation_config_override: {
          agent: {
            prompt: null,
            first_message: "Oh. You actually called. Hi, {{player_name}}.",
            language: "en",
          },
          tts: { voice_id: null },
        },
        custom_llm_extra_body: {},
        user_id: userId,
        source_info: { source: "react_sdk", version: "0.9.1" },
        dynamic_variables: {
          ...dynamicVariables,
          system__agent_id: agentId,
          system__conversation_id: conversationId,
        },
      },
      has_audio: true,
      has_user_audio: true,
      has_response_audio: true,
      has_auxiliary_audio: false,
    },
  };
}

export interface CallInitiationFailureOptions {
  eventTimestamp?: number;
  agentId?: string;
  conversationId?: string;
  failureReason?: "busy" | "no-answer" | "unknown";
  /** Replaces data.metadata (`{type:"twilio"|"sip",body}`). */
  metadata?: Json;
}

/** `{type:"call_initiation_failure",…}` (call-initiation-failure.json; shape unconfirmed upstream). */
export function buildCallInitiationFailure(o: CallInitiationFailureOptions = {}): Json {
  const reason = o.failureReason ?? "no-answer";
  return {
    type: "call_initiation_failure",
    event_timestamp: o.eventTimestamp ?? 1795294833,
    data: {
      agent_id: o.agentId ?? FIXTURE_AGENT_ID,
      conversation_id: o.conversationId ?? "conv_01fakefixtureconversation2",
      failure_reason: reason,
      metadata: o.metadata ?? {
        type: "twilio",
        body: {
          AccountSid: "ACfakefixture0000000000000000000000",
          ApiVersion: "2010-04-01",
          CallSid: "CAfakefixture0000000000000000000000",
          CallStatus: reason,
          CallDuration: "0",
          Duration: "0",
          Direction: "outbound-api",
          From: "+15550100001",
          To: "+15550100002",
          SipResponseCode: "487",
          SequenceNumber: "2",
          CallbackSource: "call-progress-events",
          Timestamp: "Sat, 21 Nov 2026 21:00:33 +0000",
        },
      },
    },
  };
}

export interface ConversationInitiationOptions {
  callerId?: string;
  agentId?: string;
  calledNumber?: string;
  callSid?: string;
}

/** Body ElevenLabs POSTs to the conversation-initiation webhook for an inbound Twilio call (not HMAC-signed). */
export function buildConversationInitiationRequest(o: ConversationInitiationOptions = {}): Json {
  return {
    caller_id: o.callerId ?? "+15550100002",
    agent_id: o.agentId ?? FIXTURE_AGENT_ID,
    called_number: o.calledNumber ?? "+15550100001",
    call_sid: o.callSid ?? "CAfakefixture0000000000000000000001",
  };
}
