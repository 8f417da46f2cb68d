// Vitest global setup: HTTP suites run against `next start`, which needs a production build.
// `npm run test:all` builds first; a bare `npm test` builds here when no build exists.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export default function setup() {
  if (existsSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) return;
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}
