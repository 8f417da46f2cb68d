// Closed-loop HTTP load for the benchmarks: N connections, each sending its next request as
// soon as the last one is answered, for a fixed time. The client is plain `node:http` with a
// keep-alive agent of exactly N sockets: on a small machine the load generator shares the
// cores with the server, and `fetch` costs the client noticeably more CPU per request, which
// the server's figures would then pay for.
import http from "node:http";

export type LoadRun = {
  /** Every request's latency in ms, sorted ascending. */
  latencies: number[];
  errors: number;
  seconds: number;
  firstError?: string;
};

export type HttpAnswer = { status: number; body: string };

export type HttpClient = {
  request(
    method: "GET" | "POST",
    path: string,
    init?: { headers?: Record<string, string>; body?: string },
  ): Promise<HttpAnswer>;
  close(): void;
};

export function createHttpClient(baseUrl: string, connections: number): HttpClient {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  return {
    request(method, path, init = {}) {
      return new Promise((resolve, reject) => {
        const headers = { ...init.headers };
        if (init.body !== undefined) headers["content-length"] = String(Buffer.byteLength(init.body));
        const req = http.request(
          { host: url.hostname, port: url.port, path, method, headers, agent },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () =>
              resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
            );
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.end(init.body);
      });
    },
    close: () => agent.destroy(),
  };
}

/** `connections` loops sending back to back until `seconds` are up; non-2xx answers count as errors. */
export async function closedLoop(
  connections: number,
  seconds: number,
  send: (worker: number, i: number) => Promise<HttpAnswer>,
): Promise<LoadRun> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      for (let i = 0; performance.now() < until; i++) {
        const t0 = performance.now();
        try {
          const answer = await send(worker, i);
          if (answer.status < 200 || answer.status >= 300) {
            errors++;
            firstError ??= `HTTP ${answer.status}: ${answer.body.slice(0, 200)}`;
          }
        } catch (error) {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { latencies, errors, seconds: (performance.now() - started) / 1000, firstError };
}
