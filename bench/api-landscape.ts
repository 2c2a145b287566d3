/**
 * Sector and Portfolio API latency on a generated 200,000-organisation workspace (20,000 with
 * --quick): 50 concurrent keep-alive clients (in a separate process, bench/load-client.ts) send a
 * fixed number of requests per endpoint; reports p50 / p95 / p99 and requests per second.
 * Target: p95 under 100 ms. The first request of each kind computes; repeats are served from the
 * per-revision cache, which is what people browsing an unchanged workspace see.
 *   npx tsx bench/api-landscape.ts [--quick]
 */

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../src/api/app.ts";
import { generateSector } from "../src/engine/landscape/index.ts";
import { contextOpen, exchangeImport, tokenIssue } from "../src/services/index.ts";

const quick = process.argv.includes("--quick");
const n = quick ? 20_000 : 200_000;
const CLIENTS = 50;
const REQUESTS = quick ? 500 : 2_000;

/** Runs the load generator in a child process and reads its one-line JSON result. */
function load(port: number, paths: string[], token: string) {
  const config = JSON.stringify({ port, token, paths, clients: CLIENTS, requests: REQUESTS });
  return new Promise<{ p50: number; p95: number; p99: number; rps: number; errors: number }>(
    (resolve, reject) => {
      execFile("node_modules/.bin/tsx", ["bench/load-client.ts", config], (error, stdout) =>
        error ? reject(error) : resolve(JSON.parse(stdout.trim().split("\n").at(-1)!)),
      );
    },
  );
}

const dir = mkdtempSync(join(tmpdir(), "partnerscope-api-bench-"));
const ctx = await contextOpen({ dataDir: dir });
try {
  let t = performance.now();
  const doc = generateSector({ organisations: n, seed: 7 });
  await exchangeImport(ctx, "bench", doc);
  console.log(
    `generated and imported ${n.toLocaleString("en")} organisations into SQLite in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const app = await buildApp({ ctx });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const port = (app.server.address() as { port: number }).port;
  const token = await tokenIssue(ctx, "api");
  const orgs = doc.partnerships.flatMap((p) => p.members.map((m) => m.organisation)).slice(0, 200);
  const base = "/api/v1/workspaces/bench";
  t = performance.now();
  await load(port, [`${base}/sector/stats?asOf=2010-01-01`], token);
  console.log(
    `first request (reads the workspace into memory): ${(performance.now() - t).toFixed(0)} ms`,
  );
  const endpoints: [string, string[]][] = [
    [
      "sector stats (entity, 3 dates)",
      ["2000-01-01", "2005-01-01", "2010-01-01"].map(
        (d) => `${base}/sector/stats?asOf=${d}&metric=homes&top=20`,
      ),
    ],
    ["sector stats (group level)", [`${base}/sector/stats?asOf=2010-01-01&level=group`]],
    [
      "portfolio (200 organisations)",
      orgs.map((o) => `${base}/landscape/portfolio/${o}?asOf=2010-01-01`),
    ],
  ];
  console.log(`\n${CLIENTS} concurrent clients, ${REQUESTS} requests per endpoint`);
  console.log(
    "endpoint                          p50 ms   p95 ms   p99 ms   req/s   target p95 < 100 ms",
  );
  for (const [name, paths] of endpoints) {
    const r = await load(port, paths, token);
    console.log(
      `${name.padEnd(32)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${r.rps.toFixed(0).padStart(7)}   ${r.p95 < 100 ? "met" : "NOT met"}`,
    );
  }
  await app.close();
} finally {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
}
