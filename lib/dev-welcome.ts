// The first thing `npm run dev` says once the database is open: where to sign in, where the
// sign-in links land, and that demo players exist behind `npm run db:seed`. Plain text, not a
// JSON log line: it is for the person at the terminal, and printed in development only.
import { env } from "./env";

export function devWelcomeText(params: {
  port: number;
  authMode: "local" | "supabase";
  modelMode: "anthropic" | "offline";
  pgliteDir: string | null;
  schedulerOn: boolean;
}): string {
  const base = `http://localhost:${params.port}`;
  const lines = [
    "",
    `  Nikita is up → ${base}`,
    `  · Play:  ${base}/sign-in${params.authMode === "local" ? `  (your link lands in ${base}/dev/mailbox)` : ""}`,
    "  · Demo:  stop the server, run `npm run db:seed` (an admin, admin@nikita.local, and six demo players), start again",
    `  · Here:  ${params.modelMode === "offline" ? "offline Nikita (set ANTHROPIC_API_KEY for Claude)" : "Claude plays Nikita"}` +
      `, ${params.pgliteDir ? `PGlite in ${params.pgliteDir}` : "PostgreSQL"}` +
      `, jobs ${params.schedulerOn ? "run in-process (LOG_LEVEL=debug shows each run)" : "off"}`,
    "",
  ];
  return lines.join("\n");
}

/** Prints the welcome in `next dev` only (never in production or tests). */
export function printDevWelcome(schedulerOn: boolean): void {
  if (env.NODE_ENV !== "development") return;
  console.log(
    devWelcomeText({
      port: env.PORT,
      authMode: env.authMode,
      modelMode: env.modelMode,
      pgliteDir: env.databaseMode === "pglite" ? env.PGLITE_DIR : null,
      schedulerOn,
    }),
  );
}
