/**
 * Start-up of the CLI and the server, from TypeScript through tsx (how they ran before decision 0019)
 * and from the built JavaScript in dist/ (how `npm start` and the `partnerscope` bin run now).
 *   npx tsx bench/start-up.ts [--quick] [--no-build] [--before DIR]
 * --before DIR compares against the built JavaScript of another tree (e.g. an earlier commit:
 * `git archive C | tar -x -C DIR`, node_modules linked, `npm run build:server` there) instead of tsx.
 * Timed: `partnerscope --help` to exit; `partnerscope serve` to its "is serving" line and to the
 * first answer of GET /api/v1/session, on a data folder that is already migrated and holds the demo
 * (the usual restart; the first start's demo load is the same work either way), one folder per side
 * so that each side's migrations match its own code. Builds dist/ first (which bundles the serve
 * command and writes its code cache, scripts/bundle-serve.ts). Also printed: the CPU seconds the
 * server's processes spent up to the first answer (Linux /proc; steadier than wall time on a shared
 * machine) and the load average before and after.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printTable, RUNS, showRatio, showTiming, type Timing, timingOf } from "./protocol.ts";

const quick = process.argv.includes("--quick");
const runs = quick ? 3 : RUNS;
const beforeAt = process.argv.indexOf("--before");
const beforeDir = beforeAt > 0 ? process.argv[beforeAt + 1] : undefined;
const SIDES = {
  before: beforeDir
    ? [process.execPath, join(beforeDir, "dist/cli/main.js")]
    : ["node_modules/.bin/tsx", "src/cli/main.ts"],
  built: [process.execPath, "dist/cli/main.js"],
} as const;
const BEFORE = beforeDir ? `built in ${beforeDir}` : "tsx";

/** Seconds from spawning `argv` to its exit; fails on a non-zero exit. */
function helpSeconds(argv: readonly string[]): number {
  const t = performance.now();
  const result = spawnSync(argv[0]!, [...argv.slice(1), "--help"], { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`${argv.join(" ")} --help exited ${result.status}`);
  return (performance.now() - t) / 1000;
}

/** Polls GET /api/v1/session until the server answers (any HTTP status); resolves when it does. */
async function firstAnswer(port: number): Promise<void> {
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/v1/session`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

/** CPU seconds (user + system) of a process and its descendants so far, from /proc; NaN elsewhere. */
function cpuSeconds(pid: number): number {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return Number.NaN;
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = readFileSync(stat, "utf8").split(") ")[1]!.split(" ");
  const own = (Number(fields[11]) + Number(fields[12])) / 100;
  const children = `/proc/${pid}/task/${pid}/children`;
  const kids = existsSync(children) ? readFileSync(children, "utf8").trim().split(/\s+/) : [];
  return own + kids.filter(Boolean).reduce((sum, kid) => sum + cpuSeconds(Number(kid)), 0);
}

/** Seconds to the "is serving" line and to the first HTTP answer of one server start. */
async function serveSeconds(argv: readonly string[], dataDir: string, port: number) {
  const t = performance.now();
  const env = { ...process.env, PARTNERSCOPE_DATA_DIR: dataDir, PARTNERSCOPE_PORT: String(port) };
  const child = spawn(argv[0]!, [...argv.slice(1), "serve"], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const serving = new Promise<number>((resolve) => {
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("is serving")) resolve((performance.now() - t) / 1000);
    });
  });
  await firstAnswer(port);
  const answered = (performance.now() - t) / 1000;
  const cpu = cpuSeconds(child.pid!);
  const listening = await serving;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  return { listening, answered, cpu };
}

/** First run and `runs` more of each side's server restarts, on a data folder of its own. */
async function serveTimings(argv: readonly string[], port: number) {
  const dataDir = mkdtempSync(join(tmpdir(), "partnerscope-start-up-"));
  try {
    // One start that migrates and loads the demo, so every timed start is a restart.
    await serveSeconds(argv, dataDir, port);
    return await restartTimings(argv, dataDir, port);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Timings of `runs` + 1 restarts on an already-started data folder. */
async function restartTimings(argv: readonly string[], dataDir: string, port: number) {
  const samples: { listening: number; answered: number; cpu: number }[] = [];
  for (let i = 0; i <= runs; i++) samples.push(await serveSeconds(argv, dataDir, port));
  const of = (key: "listening" | "answered" | "cpu"): Timing =>
    timingOf(
      samples[0]![key],
      samples.slice(1).map((s) => s[key]),
    );
  return { listening: of("listening"), answered: of("answered"), cpu: of("cpu") };
}

/** The 1, 5 and 15 minute load averages (Linux), to read the seconds against. */
function loadAverage(): string {
  return existsSync("/proc/loadavg")
    ? readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")
    : "unknown";
}

async function main(): Promise<void> {
  // --no-build times the dist/ already there (built by `npm run build:server`).
  if (!process.argv.includes("--no-build"))
    execFileSync("node_modules/.bin/tsx", ["scripts/build-server.ts"], { stdio: "inherit" });
  const loadBefore = loadAverage();
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const rows = [["measure", `${BEFORE} (before)`, "built JS (after)", `${BEFORE} ÷ built`]];
  const help = (argv: readonly string[]) => {
    const seconds = Array.from({ length: runs + 1 }, () => helpSeconds(argv));
    return timingOf(seconds[0]!, seconds.slice(1));
  };
  const helpBefore = help(SIDES.before);
  const helpBuilt = help(SIDES.built);
  rows.push([
    "CLI --help",
    showTiming(helpBefore),
    showTiming(helpBuilt),
    showRatio(helpBefore.median, helpBuilt.median),
  ]);
  const serveBefore = await serveTimings(SIDES.before, port);
  const serveBuilt = await serveTimings(SIDES.built, port);
  const LABELS = {
    listening: "serve → 'is serving'",
    answered: "serve → first answer",
    cpu: "serve → first answer, CPU s",
  };
  for (const key of ["listening", "answered", "cpu"] as const) {
    const [a, b] = [serveBefore[key], serveBuilt[key]];
    const label = LABELS[key];
    rows.push([label, showTiming(a), showTiming(b), showRatio(a.median, b.median)]);
  }
  console.log(`Start-up, seconds: median (min–max) of ${runs} runs after a first one`);
  printTable(rows);
  const first = (t: Timing) => t.first.toFixed(3);
  console.log(
    `first runs: --help ${first(helpBefore)} vs ${first(helpBuilt)}; serve ${first(serveBefore.answered)} vs ${first(serveBuilt.answered)}`,
  );
  console.log(`load average before: ${loadBefore}; after: ${loadAverage()}`);
}

await main();
