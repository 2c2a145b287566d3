/**
 * Load generator for bench/api-landscape.ts, run in its own process so the server's event loop is
 * not shared with the clients: N concurrent keep-alive clients send R requests in all, cycling
 * through the paths. Prints one JSON line: { requests, p50, p95, p99, rps, errors, statuses }. Every
 * response counts in the latencies, failed ones too (a fast 500 is not dropped, nor hidden: errors
 * counts non-200 answers and connection failures, statuses tallies them by code).
 *   tsx bench/load-client.ts '{"port":1,"token":"…","paths":["/…"],"clients":50,"requests":2000}'
 * (or "headers": {…} instead of "token", to send a session cookie).
 */
import { Agent, request } from "node:http";

const { port, token, headers, paths, clients, requests } = JSON.parse(process.argv[2]!) as {
  port: number;
  token?: string;
  /** Request headers to send instead of a bearer token (a session cookie, say). */
  headers?: Record<string, string>;
  paths: string[];
  clients: number;
  requests: number;
};
const sent = headers ?? { authorization: `Bearer ${token}` };
const agent = new Agent({ keepAlive: true, maxSockets: clients });
const latencies: number[] = [];
let errors = 0;
const statuses: Record<string, number> = {};
let next = 0;

function failed(status: string, start: number): void {
  errors++;
  statuses[status] = (statuses[status] ?? 0) + 1;
  latencies.push(performance.now() - start);
}

function get(path: string): Promise<void> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path, agent, headers: sent }, (res) => {
      res.resume();
      res.on("end", () => {
        if (res.statusCode === 200) latencies.push(performance.now() - start);
        else failed(String(res.statusCode), start);
        resolve();
      });
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      failed(error.code ?? "error", start);
      resolve();
    });
    req.end();
  });
}

const started = performance.now();
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (next < requests) await get(paths[next++ % paths.length]!);
  }),
);
const seconds = (performance.now() - started) / 1000;
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
console.log(
  JSON.stringify({
    requests: latencies.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    rps: latencies.length / seconds,
    errors,
    statuses,
  }),
);
