/**
 * Fake ElevenLabs conversation socket (wss://api.elevenlabs.io/v1/convai/conversation), the
 * browser side of a voice call, enough for `@elevenlabs/client` to start and end a session:
 * it accepts the `convai` subprotocol, records the client's first event
 * (`conversation_initiation_client_data`: overrides, dynamic variables, user id) and answers
 * `conversation_initiation_metadata` with a conversation id and PCM 16 kHz audio formats, the
 * event that makes the client call `onConnect`. Audio and later events are recorded, not voiced.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";

export interface ConversationSession {
  conversationId: string;
  /** The query of the URL the client opened (signature, source, version …). */
  query: URLSearchParams;
  /** The client's first event, parsed. */
  initiation: Record<string, unknown> | null;
  /** Event types received after it. */
  events: string[];
  closed: boolean;
}

export interface FakeConversationSocket {
  /** Base for signed URLs: ws://127.0.0.1:<port>/v1/convai/conversation. */
  url: string;
  sessions: ConversationSession[];
  close(): Promise<void>;
}

const AUDIO_FORMAT = "pcm_16000";

export async function startFakeConversationSocket(): Promise<FakeConversationSocket> {
  const sessions: ConversationSession[] = [];
  const http = createServer((_req, res) => {
    res.writeHead(426, { "content-type": "application/json" });
    res.end(JSON.stringify({ detail: { status: "upgrade_required", message: "WebSocket only." } }));
  });
  const wss = new WebSocketServer({
    server: http,
    path: "/v1/convai/conversation",
    handleProtocols: (protocols) => (protocols.has("convai") ? "convai" : false),
  });
  wss.on("connection", (socket, req) => {
    const session: ConversationSession = {
      conversationId: `conv_fake_${sessions.length + 1}`,
      query: new URL(req.url ?? "/", "ws://fake").searchParams,
      initiation: null,
      events: [],
      closed: false,
    };
    sessions.push(session);
    socket.on("message", (data) => {
      const event = JSON.parse(String(data)) as Record<string, unknown>;
      if (session.initiation === null) {
        session.initiation = event;
        socket.send(
          JSON.stringify({
            type: "conversation_initiation_metadata",
            conversation_initiation_metadata_event: {
              conversation_id: session.conversationId,
              agent_output_audio_format: AUDIO_FORMAT,
              user_input_audio_format: AUDIO_FORMAT,
            },
          }),
        );
        return;
      }
      session.events.push(String(event.type ?? "unknown"));
    });
    socket.on("close", () => {
      session.closed = true;
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/v1/convai/conversation`,
    sessions,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
