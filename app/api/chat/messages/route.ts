import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { withPlayer } from "@/db/with-player";
import { readJson, withErrors } from "@/lib/http/respond";
import { processSoon } from "@/lib/services/conversation/process-soon";
import { loadChatFeed } from "@/lib/services/web-chat/chat-feed";
import { assertSameSiteJson, requireRequestPlayer } from "@/lib/services/web-chat/request-player";
import { sendWebMessage } from "@/lib/services/web-chat/send-web-message";

export const dynamic = "force-dynamic";
const NO_STORE = { "Cache-Control": "private, no-store" };
/** POST processes her reply after the response (`after()`); the poll needs far less. */
export const maxDuration = 60;

// GET /api/chat/messages — the web chat's poll: latest visible bubbles, typing, game status
export const GET = withErrors("GET /api/chat/messages", async (req) => {
  const { claims, player } = await requireRequestPlayer(req);
  const feed = await withPlayer(claims, (tx) => loadChatFeed(tx, { playerId: player.id, now: new Date() }));
  return NextResponse.json({ ...feed, status: player.status }, { headers: NO_STORE });
});

// POST /api/chat/messages {content} — accept a message into the pipeline; her reply follows
export const POST = withErrors(
  "POST /api/chat/messages",
  async (req) => {
    assertSameSiteJson(req);
    const { player } = await requireRequestPlayer(req);
    const sent = await sendWebMessage(await getDb(), { player, input: await readJson(req), now: new Date() });
    processSoon(player.id);
    return NextResponse.json(sent, { status: 202, headers: NO_STORE });
  },
  { maxDurationSeconds: maxDuration },
);
