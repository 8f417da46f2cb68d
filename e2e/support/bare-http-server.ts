// The machine's floor for an HTTP benchmark: a bare `node:http` server in its own process,
// answering every request with the same small JSON as /api/health/ping and doing nothing
// else. Measured under the same closed-loop load as the app, it shows what latency this
// machine allows at all before any framework, route or database work is added.
import { spawn } from "node:child_process";
import { freePort } from "./app-server";

const SERVER = `
const http = require("node:http");
http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify({ ok: true, time: new Date().toISOString() }));
  });
}).listen(Number(process.argv[1]), "127.0.0.1", () => console.log("ready"));
`;

export type BareHttpServer = { url: string; stop(): Promise<void> };

export async function startBareHttpServer(): Promise<BareHttpServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["-e", SERVER, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bare HTTP server exited with ${code}`)));
    child.stdout?.once("data", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
