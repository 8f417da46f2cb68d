import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { withErrors } from "@/lib/http/respond";
import { getMemoryStore } from "@/lib/memory";
import { exportFileName, exportPlayerData } from "@/lib/services/account/export-data";
import { requireRequestPlayer } from "@/lib/services/web-chat/request-player";

export const dynamic = "force-dynamic";
// After the response only the latency sample is written (withErrors, default 15 s budget).
export const maxDuration = 15;

// GET /api/me/export — everything about the signed-in player as a JSON download
export const GET = withErrors("GET /api/me/export", async (req) => {
  const { player } = await requireRequestPlayer(req);
  const now = new Date();
  const data = await exportPlayerData(await getDb(), {
    playerId: player.id,
    memory: await getMemoryStore(),
    now,
  });
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(now)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
