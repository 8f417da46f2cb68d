// Supabase clients for server code. One cookie-backed client per request (never shared: it
// holds that request's session), and a service-role client for the few admin calls (Telegram
// portal sign-in). Node 20 has no global WebSocket and supabase-js builds its realtime client
// eagerly, throwing without one — so every server client gets `ws` as its transport (the
// server never subscribes; the transport is only constructed).
import { createServerClient } from "@supabase/ssr";
import { createClient, type SupabaseClient, type WebSocketLikeConstructor } from "@supabase/supabase-js";
import WebSocket from "ws";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { CookieJar } from "./session-cookie";

export type SupabaseConfig = { url: string; anonKey: string; serviceRoleKey?: string };

/** ws's constructor overloads differ from the DOM's in typing only; realtime-js accepts it. */
export const serverRealtimeOptions = { transport: WebSocket as unknown as WebSocketLikeConstructor };

export function supabaseConfigFromEnv(): SupabaseConfig {
  const url = env.NEXT_PUBLIC_SUPABASE_URL;
  const anonKey = env.NEXT_PUBLIC_SUPABASE_ANON_KEY;
  if (!url || !anonKey) throw new AppError("unavailable:auth", "Supabase Auth is not configured.");
  return { url, anonKey, serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY };
}

/**
 * A client whose session lives in `jar`. Token refreshes are written back through `jar.set`;
 * where cookies are read-only (a server component) the write is skipped and proxy.ts, which
 * runs first on every page, does the refresh instead. `onAuthHeaders` receives the no-store
 * cache headers that must accompany a response that sets auth cookies.
 */
export function createSupabaseServerClient(
  config: SupabaseConfig,
  jar: CookieJar,
  onAuthHeaders?: (headers: Record<string, string>) => void,
): SupabaseClient {
  return createServerClient(config.url, config.anonKey, {
    realtime: serverRealtimeOptions,
    cookies: {
      getAll: () => jar.getAll(),
      setAll: (cookiesToSet, headers) => {
        try {
          for (const { name, value, options } of cookiesToSet) jar.set(name, value, options);
          onAuthHeaders?.(headers);
        } catch {
          // Read-only cookies (server component): proxy.ts refreshes the session instead.
        }
      },
    },
  });
}

/** Service-role client for admin calls; no session of its own. */
export function createSupabaseAdminClient(config: SupabaseConfig): SupabaseClient | null {
  if (!config.serviceRoleKey) return null;
  return createClient(config.url, config.serviceRoleKey, {
    realtime: serverRealtimeOptions,
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
}
