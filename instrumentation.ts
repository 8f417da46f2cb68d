// Server start: open (and on a laptop or server, migrate) the database before the first
// request, so PGlite's slow first open is not paid by a player, then start the in-process
// scheduler where it applies.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/server-start");
  await startServer();
}
