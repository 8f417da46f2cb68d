import type { NextConfig } from "next";
// Parsing env here makes a bad or incomplete production environment fail the build.
import { env } from "./lib/env";

const nextConfig: NextConfig = {
  // A separate build folder per worktree user (parallel local builds); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-pgvector",
    "postgres",
    "neo4j-driver",
  ],
  poweredByHeader: false,
  // `next dev` prints every request; the scheduler's cron calls (several a minute) and the
  // chat's 1.5 s poll would bury everything else in the terminal.
  logging: {
    incomingRequests: { ignore: [/^\/api\/cron\//, /^\/api\/chat\/messages/, /^\/api\/health/] },
  },
  typedRoutes: false,
  env: {
    NEXT_PUBLIC_SUPABASE_URL: env.NEXT_PUBLIC_SUPABASE_URL ?? "",
    NEXT_PUBLIC_SUPABASE_ANON_KEY: env.NEXT_PUBLIC_SUPABASE_ANON_KEY ?? "",
  },
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
