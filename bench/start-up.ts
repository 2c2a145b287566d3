/**
 * Start-up of the CLI and the server, from TypeScript through tsx (how they ran before decision 0019)
 * and from the built JavaScript in dist/ (how `npm start` and the `partnerscope` bin run now).
 *   npx tsx bench/start-up.ts [--quick] [--no-build]
 * Timed: `partnerscope --help` to exit; `partnerscope serve` to its "is serving" line and to the
 * first answer of GET /api/v1/session, on a data folder that is already migrated and holds the demo
 * (the usual restart; the first start's demo load is the same work either way), one folder per side
 * so that each side's migrations match its own code. Builds dist/ first.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printTable, RUNS, showRatio, showTiming, type Timing, timingOf } from "./protocol.ts";

const quick = process.argv.includes("--quick");
const runs = quick ? 3 : RUNS;
const SIDES = {
  tsx: ["node_modules/.bin/tsx", "src/cli/main.ts"],
  built: [process.execPath, "dist/cli/main.js"],
} as const;

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
  const listening = await serving;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  return { listening, answered };
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
  const samples: { listening: number; answered: number }[] = [];
  for (let i = 0; i <= runs; i++) samples.push(await serveSeconds(argv, dataDir, port));
  const of = (key: "listening" | "answered"): Timing =>
    timingOf(
      samples[0]![key],
      samples.slice(1).map((s) => s[key]),
    );
  return { listening: of("listening"), answered: of("answered") };
}

async function main(): Promise<void> {
  // --no-build times the dist/ already there (built by `npm run build:server`).
  if (!process.argv.includes("--no-build"))
    execFileSync("node_modules/.bin/tsx", ["scripts/build-server.ts"], { stdio: "inherit" });
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const rows = [["measure", "tsx (before)", "built JS (after)", "tsx ÷ built"]];
  const help = (argv: readonly string[]) => {
    const seconds = Array.from({ length: runs + 1 }, () => helpSeconds(argv));
    return timingOf(seconds[0]!, seconds.slice(1));
  };
  const helpTsx = help(SIDES.tsx);
  const helpBuilt = help(SIDES.built);
  rows.push([
    "CLI --help",
    showTiming(helpTsx),
    showTiming(helpBuilt),
    showRatio(helpTsx.median, helpBuilt.median),
  ]);
  const serveTsx = await serveTimings(SIDES.tsx, port);
  const serveBuilt = await serveTimings(SIDES.built, port);
  for (const key of ["listening", "answered"] as const) {
    const [a, b] = [serveTsx[key], serveBuilt[key]];
    const label = key === "listening" ? "serve → 'is serving'" : "serve → first answer";
    rows.push([label, showTiming(a), showTiming(b), showRatio(a.median, b.median)]);
  }
  console.log(`Start-up, seconds: median (min–max) of ${runs} runs after a first one`);
  printTable(rows);
  const first = (t: Timing) => t.first.toFixed(3);
  console.log(
    `first runs: --help ${first(helpTsx)} vs ${first(helpBuilt)}; serve ${first(serveTsx.answered)} vs ${first(serveBuilt.answered)}`,
  );
}

await main();
