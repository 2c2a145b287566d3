/**
 * The API while a large import runs: a 100,000-grant 360Giving package (20,000 with --quick) is
 * uploaded to POST /api/v1/workspaces/:ws/imports (raw body, SQLite, as `partnerscope serve`
 * runs by default) while a second client, in its own process (bench/latency-client.ts), asks
 * GET /api/v1/me every 10 ms. Reports that client's p50 / p99 / max latency and errors without an
 * import and during one, in the same run. Target: p99 under 250 ms during the import.
 *   npx tsx bench/api-import.ts [--quick]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { request } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../src/api/app.ts";
import { tuneRuntime } from "../src/cli/runtime.ts";
import { contextOpen, tokenIssue } from "../src/services/index.ts";
import { writeGivingPackage } from "../test/factories/interop-data.ts";

interface Latency {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

const quick = process.argv.includes("--quick");
const grants = quick ? 20_000 : 100_000;
const INTERVAL_MS = 10;
const BASELINE_MS = quick ? 2_000 : 5_000;
const TARGET_P99_MS = 250;

/** Starts the prober; `stop` (or its own duration) ends it and gives its one-line result. */
function prober(config: object): {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<Latency>;
} {
  const child = spawn(
    "node_modules/.bin/tsx",
    ["bench/latency-client.ts", JSON.stringify(config)],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  let out = "";
  let started = () => {};
  const ready = new Promise<void>((resolve) => {
    started = resolve;
  });
  child.stdout!.on("data", (d) => {
    out += d;
    if (out.startsWith("ready\n")) started();
  });
  const result = new Promise<Latency>((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").at(-1)!))
        : reject(new Error(`latency client exited with ${code}`)),
    ),
  );
  return { child, ready, result };
}

/** Uploads `file` as the raw body of an import; resolves to the status and seconds taken. */
function upload(port: number, token: string, file: string) {
  const started = performance.now();
  return new Promise<{ status: number; seconds: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/v1/workspaces/bench/imports?kind=360giving&filename=grants.json",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/octet-stream",
          "content-length": statSync(file).size,
        },
      },
      (res) => {
        let body = "";
        res.on("data", (d) => {
          body += d;
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            seconds: (performance.now() - started) / 1000,
            body,
          }),
        );
      },
    );
    req.on("error", reject);
    createReadStream(file).pipe(req);
  });
}

const row = (name: string, r: Latency, verdict = "") =>
  `${name.padEnd(22)} ${String(r.requests).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)}   ${verdict}`;

// The server runs as `partnerscope serve` runs it.
tuneRuntime();
const dir = mkdtempSync(join(tmpdir(), "partnerscope-api-import-bench-"));
const ctx = await contextOpen({ dataDir: dir });
try {
  const file = join(dir, "grants.json");
  let t = performance.now();
  await writeGivingPackage(file, grants);
  console.log(
    `${grants.toLocaleString("en")} grants, ${(statSync(file).size / 1e6).toFixed(0)} MB, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const app = await buildApp({ ctx });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const port = (app.server.address() as { port: number }).port;
  const token = await tokenIssue(ctx, "api", "bench");
  const probe = { port, token, path: "/api/v1/me", intervalMs: INTERVAL_MS };

  const idle = await prober({ ...probe, durationMs: BASELINE_MS }).result;
  const during = prober(probe);
  // The import begins once the prober is asking (tsx takes a moment to start it).
  await during.ready;
  t = performance.now();
  const imported = await upload(port, token, file);
  during.child.stdin!.end("stop\n");
  const busy = await during.result;
  if (imported.status !== 200) throw new Error(`import: ${imported.status} ${imported.body}`);
  console.log(
    `import through the API: ${imported.seconds.toFixed(1)} s (upload, validation and writing), ${Math.round(grants / imported.seconds).toLocaleString("en")} grants/s`,
  );
  // Latency on a shared machine depends on what else runs: say how busy it was.
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(
    `\nGET /api/v1/me every ${INTERVAL_MS} ms from another process (load average ${load.join(", ")})`,
  );
  console.log("                       requests   p50 ms   p99 ms   max ms  errors");
  console.log(row("no import", idle));
  const met = busy.p99 < TARGET_P99_MS && busy.errors === 0;
  console.log(
    row("during the import", busy, `target p99 < ${TARGET_P99_MS} ms: ${met ? "met" : "NOT met"}`),
  );
  await app.close();
} finally {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
}
