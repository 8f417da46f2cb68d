import { execFileSync } from "node:child_process";
import type { NextConfig } from "next";
// Parsing env here makes a bad or incomplete production environment fail the build.
import { env } from "./lib/env";

/** The commit being built, for /api/health's `version`: Vercel's, else git's, else "unknown". */
function buildCommit(): string {
  if (env.VERCEL_GIT_COMMIT_SHA) return env.VERCEL_GIT_COMMIT_SHA;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
}

const nextConfig: NextConfig = {
  // A separate build folder per worktree user (parallel local builds); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-pgvector",
    "postgres",
    "neo4j-driver",
    "pino",
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
    NIKITA_BUILD_COMMIT: buildCommit(),
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
