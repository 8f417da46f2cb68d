import { getDb } from "@/db";
import { searchPlayers } from "@/db/queries/admin-players";
import { withAdminRoute } from "@/lib/auth/admin";
import { withErrors } from "@/lib/http/respond";
import { parsePlayerSearch } from "@/lib/services/admin/player-search";

export const dynamic = "force-dynamic";
// After the response only the latency sample is written (withErrors, default 15 s budget).
export const maxDuration = 15;

// GET /api/admin/players?q=&status=&chapter=&engagement=&sort=&dir=&page= — admin player search as JSON
export const GET = withErrors(
  "GET /api/admin/players",
  withAdminRoute(async (req) => {
    const search = parsePlayerSearch(Object.fromEntries(new URL(req.url).searchParams));
    const { rows, total } = await searchPlayers(await getDb(), search);
    return Response.json({ total, page: search.page, pageSize: search.pageSize, players: rows });
  }),
);
