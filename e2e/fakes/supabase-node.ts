/**
 * Node 20 compatibility for @supabase/supabase-js 2.119 (no API imitated here).
 *
 * supabase-js constructs its Realtime client eagerly inside createClient(), and realtime-js
 * (lib/websocket-factory.js) throws "Node.js detected but native WebSocket not found" when there is
 * no global WebSocket — Node 22+ has one, Node 20 does not. This project runs Node 20.20, so every
 * server-side createClient / createServerClient (@supabase/ssr forwards `realtime` unchanged) must
 * pass a transport. The `ws` package (already a dependency) satisfies realtime-js's
 * WebSocketLikeConstructor:
 *
 *   import type { WebSocketLikeConstructor } from "@supabase/supabase-js";
 *   import WebSocket from "ws";
 *   const transport = WebSocket as unknown as WebSocketLikeConstructor; // ws's first overload is
 *   //                                             `new (address: null)`, so TS needs the cast
 *   createClient(url, key, { realtime: { transport } });
 *   createServerClient(url, key, { cookies, realtime: { transport } });
 *
 * The app can copy this pattern (browser code needs nothing: browsers have WebSocket). An
 * alternative is `globalThis.WebSocket ??= WebSocket` once at startup, but the explicit option
 * keeps the global untouched. supabase-js still prints a one-line Node 20 deprecation warning.
 */
import type { WebSocketLikeConstructor } from "@supabase/supabase-js";
import WebSocket from "ws";

/** Spread into createClient / createServerClient options on Node 20. */
export const nodeSupabaseOptions: { realtime: { transport: WebSocketLikeConstructor } } = {
  realtime: { transport: WebSocket as unknown as WebSocketLikeConstructor },
};
