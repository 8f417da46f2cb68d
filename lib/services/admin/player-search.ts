// The players page's query string, validated: anything malformed falls back to its default
// rather than failing the page.
import { z } from "zod";
import { PLAYER_SORTS, type PlayerSearch } from "@/db/queries/admin-players";
import { ENGAGEMENT_STATES, PLAYER_STATUSES } from "@/lib/engine";

export const PLAYERS_PAGE_SIZE = 25;
const MAX_QUERY = 100;

const searchSchema = z.object({
  q: z.string().trim().max(MAX_QUERY).optional().catch(undefined),
  status: z.enum(PLAYER_STATUSES).optional().catch(undefined),
  chapter: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  engagement: z.enum(ENGAGEMENT_STATES).optional().catch(undefined),
  sort: z.enum(PLAYER_SORTS).default("recent").catch("recent"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

type RawParams = Record<string, string | string[] | undefined>;

export function parsePlayerSearch(raw: RawParams): PlayerSearch {
  const flat = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v === "" ? undefined : v]),
  );
  return { ...searchSchema.parse(flat), pageSize: PLAYERS_PAGE_SIZE };
}

/** The query string for `search` with some fields replaced (pagination and sort links). */
export function searchHref(search: PlayerSearch, patch: Partial<PlayerSearch>): string {
  const merged = { ...search, ...patch };
  const params = new URLSearchParams();
  for (const key of ["q", "status", "chapter", "engagement", "sort", "dir", "page"] as const) {
    const value = merged[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return `/admin/players?${params}`;
}
