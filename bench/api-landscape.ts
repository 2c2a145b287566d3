/**
 * Sector and Portfolio API latency on a generated 200,000-organisation workspace (20,000 with
 * --quick), served by this process and loaded by 50 concurrent keep-alive clients in a separate
 * process (bench/load-client.ts, which counts every response, errors included).
 *   npx tsx bench/api-landscape.ts [--quick] [--data=DIR]
 * --only=WORDS runs only the load runs whose name starts with WORDS (e.g. --only=sector), for
 * profiling one endpoint (NODE_OPTIONS=--cpu-prof). --data=DIR keeps the seeded data folder in DIR and reuses it on the next run (seeding 200,000
 * organisations takes minutes); without it a temporary folder is seeded and removed.
 * The workspace is generated and imported by a child process (this file with --seed), so the
 * memory figures are the serving process's own: RSS before the first request and after the run.
 * Reported: the first request (reads the workspace into memory); then, per endpoint, uncached work
 * (300 distinct URLs — dates, or organisations × dates — each asked once, 100 with --quick) and
 * the cached case (a few URLs asked repeatedly, served from the per-revision cache).
 * Targets (issue 18): p95 < 250 ms and p99 < 500 ms uncached, zero errors, first request < 1 s.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../src/api/app.ts";
import { generateSector } from "../src/engine/landscape/index.ts";
import { contextOpen, exchangeImport, tokenIssue } from "../src/services/index.ts";
import { printTable } from "./protocol.ts";

const quick = process.argv.includes("--quick");
const n = quick ? 20_000 : 200_000;
const CLIENTS = 50;
const DISTINCT = quick ? 100 : 300;
const CACHED_REQUESTS = quick ? 500 : 2_000;

interface Load {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  statuses: Record<string, number>;
}

/** Child mode: generate and import the sector, print the first organisations' ids. */
async function seed(dataDir: string, organisations: number): Promise<void> {
  const ctx = await contextOpen({ dataDir });
  try {
    const doc = generateSector({ organisations, seed: 7 });
    await exchangeImport(ctx, "bench", doc);
    const ids = doc.partnerships.flatMap((p) => p.members.map((m) => m.organisation));
    console.log(JSON.stringify([...new Set(ids)].slice(0, 300)));
  } finally {
    await ctx.close();
  }
}

/** Runs the load generator in a child process and reads its one-line JSON result. */
function load(port: number, paths: string[], token: string, requests: number): Promise<Load> {
  const config = JSON.stringify({ port, token, paths, clients: CLIENTS, requests });
  return new Promise((resolve, reject) => {
    execFile("node_modules/.bin/tsx", ["bench/load-client.ts", config], (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout.trim().split("\n").at(-1)!)),
    );
  });
}

/** `count` distinct dates a month apart from January 1996. */
function dates(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const y = 1996 + Math.floor(i / 12);
    return `${y}-${String((i % 12) + 1).padStart(2, "0")}-01`;
  });
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

/** Seeds `dir` in a child process (unless it was seeded before) and returns organisation ids. */
function seeded(dir: string): string[] {
  const ids = join(dir, `bench-organisations-${n}.json`);
  if (existsSync(ids)) {
    console.log(`reusing the ${n.toLocaleString("en")}-organisation workspace seeded in ${dir}`);
    return JSON.parse(readFileSync(ids, "utf8")) as string[];
  }
  const t = performance.now();
  const out = execFileSync(
    "node_modules/.bin/tsx",
    ["bench/api-landscape.ts", "--seed", dir, String(n)],
    {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    },
  );
  const orgs = JSON.parse(out.trim().split("\n").at(-1)!) as string[];
  writeFileSync(ids, JSON.stringify(orgs));
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  console.log(
    `generated and imported ${n.toLocaleString("en")} organisations (child process) in ${seconds} s`,
  );
  return orgs;
}

async function main(): Promise<void> {
  const kept = process.argv.find((a) => a.startsWith("--data="))?.slice("--data=".length);
  if (kept) mkdirSync(kept, { recursive: true });
  const dir = kept ?? mkdtempSync(join(tmpdir(), "partnerscope-api-bench-"));
  try {
    console.log(`load average before: ${loadAverage()}`);
    await serve(dir, seeded(dir));
    console.log(`load average after: ${loadAverage()}`);
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

async function serve(dir: string, orgs: string[]): Promise<void> {
  const ctx = await contextOpen({ dataDir: dir });
  const app = await buildApp({ ctx });
  await app.listen({ host: "127.0.0.1", port: 0 });
  try {
    const port = (app.server.address() as { port: number }).port;
    const token = await tokenIssue(ctx, "api");
    const base = "/api/v1/workspaces/bench";
    const rssBefore = process.memoryUsage().rss;
    const t = performance.now();
    const first = await fetch(`http://127.0.0.1:${port}${base}/sector/stats?asOf=2010-01-01`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await first.arrayBuffer();
    const firstMs = performance.now() - t;
    console.log(
      `first request (reads the workspace into memory): ${firstMs.toFixed(0)} ms, status ${first.status}; target < 1 s: ${firstMs < 1000 ? "met" : "NOT met"}`,
    );
    const ds = dates(DISTINCT);
    const at = (i: number) => ds[i % ds.length]!;
    const runs: [string, string[], number][] = [
      [
        "sector stats, uncached",
        ds.map((d) => `${base}/sector/stats?asOf=${d}&metric=homes&top=20`),
        DISTINCT,
      ],
      [
        "portfolio, uncached",
        Array.from(
          { length: DISTINCT },
          (_, i) => `${base}/landscape/portfolio/${orgs[i % orgs.length]}?asOf=${at(i)}`,
        ),
        DISTINCT,
      ],
      ["network, uncached", ds.map((d) => `${base}/landscape/network?asOf=${d}`), DISTINCT],
      [
        // The documented `isolated=false` option: only organisations with at least one edge.
        "network (isolated=false), uncached",
        ds.map((d) => `${base}/landscape/network?asOf=${d}&isolated=false`),
        DISTINCT,
      ],
      [
        "sector stats, cached (3 dates)",
        ["2000-01-01", "2005-01-01", "2010-01-01"].map(
          (d) => `${base}/sector/stats?asOf=${d}&metric=homes&top=20`,
        ),
        CACHED_REQUESTS,
      ],
      [
        "sector stats, cached (group level)",
        [`${base}/sector/stats?asOf=2010-01-01&level=group`],
        CACHED_REQUESTS,
      ],
    ];
    console.log(
      `\n${CLIENTS} concurrent clients; uncached = ${DISTINCT} distinct URLs, each asked once`,
    );
    const rows = [
      [
        "endpoint",
        "URLs",
        "requests",
        "errors",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "req/s",
        "p95<250 & p99<500",
        "load avg",
      ],
    ];
    const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
    for (const [name, paths, requests] of runs) {
      if (only && !name.startsWith(only)) continue;
      const r = await load(port, paths, token, requests);
      const codes = Object.entries(r.statuses)
        .map(([k, v]) => `${k}×${v}`)
        .join(" ");
      rows.push([
        name,
        String(new Set(paths).size),
        String(r.requests),
        `${r.errors}${codes ? ` (${codes})` : ""}`,
        r.p50.toFixed(1),
        r.p95.toFixed(1),
        r.p99.toFixed(1),
        r.rps.toFixed(0),
        r.p95 < 250 && r.p99 < 500 && r.errors === 0 ? "met" : "NOT met",
        loadAverage(),
      ]);
    }
    printTable(rows);
    const usage = process.memoryUsage();
    console.log(
      `serving process RSS: ${mb(rssBefore)} before the first request, ${mb(usage.rss)} after the run, peak ${mb(process.resourceUsage().maxRSS * 1024)} (target < 400 MB)`,
    );
  } finally {
    await app.close();
    await ctx.close();
  }
}

const seedAt = process.argv.indexOf("--seed");
if (seedAt >= 0) await seed(process.argv[seedAt + 1]!, Number(process.argv[seedAt + 2]));
else await main();
