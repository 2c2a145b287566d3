/**
 * Latency prober for bench/api-import.ts, in its own process so that its timings do not depend on
 * the server's event loop: sends GET `path` every `intervalMs` whether or not earlier requests
 * have been answered (so a stalled server shows as many slow requests, not one), for `durationMs`
 * or, without it, until a line arrives on stdin (it prints `ready` once it has begun). Prints one JSON line:
 * { requests, p50, p99, max, errors } (milliseconds; errors: non-200 answers and failed requests).
 *   tsx bench/latency-client.ts '{"port":1,"token":"…","path":"/api/v1/me","intervalMs":10}'
 */
import { once } from "node:events";
import { Agent, request } from "node:http";

const { port, token, path, intervalMs, durationMs } = JSON.parse(process.argv[2]!) as {
  port: number;
  token: string;
  path: string;
  intervalMs: number;
  durationMs?: number;
};
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const latencies: number[] = [];
const pending = new Set<Promise<void>>();
let errors = 0;

function get(): Promise<void> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = request(
      { host: "127.0.0.1", port, path, agent, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode === 200) latencies.push(performance.now() - start);
          else errors++;
          resolve();
        });
      },
    );
    req.on("error", () => {
      errors++;
      resolve();
    });
    req.end();
  });
}

const timer = setInterval(() => {
  const p = get().finally(() => pending.delete(p));
  pending.add(p);
}, intervalMs);
if (durationMs === undefined) console.log("ready");
if (durationMs !== undefined) await new Promise((resolve) => setTimeout(resolve, durationMs));
else await Promise.race([once(process.stdin, "data"), once(process.stdin, "end")]);
clearInterval(timer);
await Promise.all(pending);
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
console.log(
  JSON.stringify({
    requests: latencies.length + errors,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1) ?? Number.NaN,
    errors,
  }),
);
process.exit(0);
