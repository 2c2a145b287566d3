/**
 * Load generator for bench/forms-load.ts, in its own process so the server's event loop is not
 * shared with the clients: `clients` respondents, each from its own address (X-Forwarded-For, the
 * server trusting loopback as a reverse proxy), POST answers to `/r/:token/answers` for
 * `durationMs`, one every `intervalMs` each, each with a unique submission id. Every `resendEvery`-th
 * answer is sent again with the same id once acknowledged (a page that lost the confirmation), and
 * every `raceEvery`-th is sent as two copies at once. Prints one JSON line with p50/p95/p99/max
 * (ms, over every request, failed ones too), errors (non-2xx answers and connection failures, by
 * status in `statuses`), and the ids acknowledged.
 *   tsx bench/forms-load-client.ts '{"port":1,"token":"…","clients":200,"durationMs":30000,…}'
 */
import { Agent, request } from "node:http";

const config = JSON.parse(process.argv[2]!) as {
  port: number;
  token: string;
  clients: number;
  durationMs: number;
  intervalMs: number;
  resendEvery: number;
  raceEvery: number;
};
const agent = new Agent({ keepAlive: true, maxSockets: config.clients * 2 });
const latencies: number[] = [];
const statuses: Record<string, number> = {};
const acked = new Set<string>();
let errors = 0;
let created = 0;
let duplicates = 0;
let resent = 0;
let raced = 0;
let counter = 1;

/** One POST of an answer; resolves with the HTTP status (0 when the connection failed). */
function send(client: number, id: string, n: number): Promise<number> {
  const body = JSON.stringify({
    values: {
      consent: "yes",
      submission_id: id,
      confidence: String(1 + (n % 5)),
      helped: n % 3 ? "yes" : "no",
      visits: String(n % 12),
      story: n % 4 ? "" : "The navigator found me a place to stay.",
    },
  });
  const start = performance.now();
  const ip = `10.${(client >> 8) & 255}.${client & 255}.1`;
  const headers = {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-forwarded-for": ip,
  };
  const path = `/r/${config.token}/answers`;
  return new Promise((resolve) => {
    const req = request(
      { host: "127.0.0.1", port: config.port, method: "POST", path, agent, headers },
      (res) => {
        res.resume();
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          latencies.push(performance.now() - start);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 201) created++;
          else if (status === 200) duplicates++;
          else errors++;
          if (status === 200 || status === 201) acked.add(id);
          resolve(status);
        });
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => {
      latencies.push(performance.now() - start);
      const code = error.code ?? "error";
      statuses[code] = (statuses[code] ?? 0) + 1;
      errors++;
      resolve(0);
    });
    req.end(body);
  });
}

const until = performance.now() + config.durationMs;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** One respondent: an answer every intervalMs, some resent after the acknowledgement, some raced. */
async function respondent(client: number): Promise<void> {
  // Spread the first answers over one interval so the clients do not all fire at once.
  await sleep((client / config.clients) * config.intervalMs);
  for (let n = 0; performance.now() < until; n++) {
    const started = performance.now();
    const id = `bench-${client}-${n}-${Math.random().toString(36).slice(2, 10)}`;
    const serial = counter++;
    if (serial % config.raceEvery === 0) {
      raced++;
      await Promise.all([send(client, id, n), send(client, id, n)]);
    } else {
      const status = await send(client, id, n);
      if (status === 201 && serial % config.resendEvery === 0) {
        resent++;
        await send(client, id, n);
      }
    }
    await sleep(config.intervalMs - (performance.now() - started));
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: config.clients }, (_, i) => respondent(i)));
const seconds = (performance.now() - started) / 1000;
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
console.log(
  JSON.stringify({
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: latencies.at(-1) ?? Number.NaN,
    errors,
    statuses,
    created,
    duplicates,
    resent,
    raced,
    acked: [...acked],
  }),
);
