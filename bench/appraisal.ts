/**
 * Appraisal benchmark: Monte Carlo of 100,000 iterations (10,000 with --quick) over 5 options × 30
 * uncertain lines — single-threaded, on a 2-worker pool (node:worker_threads, same samples), and
 * against a vectorised inverse-CDF NumPy implementation of the same model (bench/appraisal_numpy.py,
 * run with /usr/bin/python3 in the same run; its own RNG, so means agree statistically, not exactly).
 * The appraisal's 30-year horizon is folded into each line's present-value weight on both sides,
 * so the work is iterations × options × lines, not × years.
 *   npx tsx bench/appraisal.ts [--quick]
 * Protocol (bench/protocol.ts, both sides): the first run apart, then RUNS timed runs, median and
 * range; the sampling alone is timed (building the model and reading the input are not).
 */
import { spawnSync } from "node:child_process";
import { optionModelsOf } from "../src/engine/appraisal/appraise.ts";
import {
  type MonteCarloModel,
  monteCarloModelOf,
  monteCarloSamples,
} from "../src/engine/appraisal/monte-carlo.ts";
import { createMonteCarloPool } from "../src/services/appraisals/monte-carlo-pool.ts";
import { APPRAISAL_FORMAT, type AppraisalInput, appraisalSchema } from "../src/shared/appraisal.ts";
import {
  measure,
  measureAsync,
  printTable,
  RUNS,
  showRatio,
  showTiming,
  type Timing,
} from "./protocol.ts";

const iterations = process.argv.includes("--quick") ? 10_000 : 100_000;
const SEED = 42;

/** 30 lines per option: savings (ranged, probability < 1), recurring and one-off costs (ranged). */
function benchLines(k: number): AppraisalInput["options"][number]["lines"] {
  return Array.from({ length: 30 }, (_, j) => {
    const id = `l${j}`;
    if (j % 5 === 3)
      return {
        kind: "recurring_cost",
        id,
        annual: 40_000 + 1000 * j,
        startYear: 1,
        range: { low: 30_000, high: 90_000 + 1000 * j },
      };
    if (j % 5 === 4)
      return {
        kind: "one_off_cost",
        id,
        amount: 200_000,
        year: j % 3,
        range: { low: 150_000, high: 400_000 },
      };
    const annual = 100_000 + 5000 * k + 1000 * j;
    return {
      kind: "saving",
      id,
      source: "back_office",
      difficulty: "harder",
      annual,
      startYear: 1 + (j % 4),
      rampYears: 1 + (j % 3),
      probability: 0.5 + 0.015 * j,
      range: { low: annual * 0.6, high: annual * 1.5 },
    };
  });
}

function benchModels(): MonteCarloModel[] {
  const doc = appraisalSchema.parse({
    format: APPRAISAL_FORMAT,
    title: "Benchmark (synthetic)",
    baseDate: "2013-04-01",
    horizonYears: 30,
    options: Array.from({ length: 5 }, (_, k) => ({
      id: `option-${k}`,
      name: `Option ${k}`,
      stage: k,
      lines: benchLines(k),
    })),
  });
  return optionModelsOf(doc).map(monteCarloModelOf);
}

function numpyPeer(models: MonteCarloModel[]): { timing: Timing; means: number[] } | string {
  const spec = {
    iterations,
    seed: SEED,
    runs: RUNS,
    options: models.map((m) => ({
      fixedNpv: m.fixedNpv,
      probability: [...m.probability],
      low: [...m.low],
      mode: [...m.mode],
      high: [...m.high],
      ranged: [...m.ranged],
      weight: [...m.weight],
    })),
  };
  const script = new URL("./appraisal_numpy.py", import.meta.url).pathname;
  const run = spawnSync("/usr/bin/python3", [script], {
    input: JSON.stringify(spec),
    encoding: "utf8",
  });
  if (run.error || run.status !== 0)
    return (run.stderr || String(run.error)).trim().split("\n").pop() ?? "failed";
  return JSON.parse(run.stdout);
}

const mean = (s: Float64Array) => s.reduce((a, b) => a + b, 0) / s.length;

async function main(): Promise<void> {
  const models = benchModels();
  console.log(
    `Monte Carlo: ${iterations.toLocaleString("en-GB")} iterations × 5 options × 30 uncertain lines`,
  );
  console.log(
    "(the 30-year horizon is folded into each line's present-value weight on both sides: no year loop)",
  );
  console.log(
    `Each side: first run apart, then ${RUNS} timed runs; median (min–max). Sampling alone is timed.`,
  );
  let single: Float64Array[] = [];
  const tSingle = measure(() => {
    single = models.map((m) => monteCarloSamples(m, SEED, 0, iterations));
  }).timing;
  const pool = createMonteCarloPool(2);
  const tStart = performance.now();
  await pool.run(models, SEED, 1000); // workers load the engine: reported, not in the runs
  const startUp = (performance.now() - tStart) / 1000;
  let pooled: Float64Array[] = [];
  const tPool = (
    await measureAsync(async () => {
      pooled = await pool.run(models, SEED, iterations);
    })
  ).timing;
  await pool.close();
  const identical = pooled.every((s, i) => s.every((x, j) => x === single[i]![j]));
  const peer = numpyPeer(models);
  const np = typeof peer === "string" ? undefined : peer.timing;
  const row = (name: string, t?: Timing, peerRow = false) => [
    name,
    t ? t.first.toFixed(3) : "—",
    t ? showTiming(t) : "—",
    t && np && !peerRow ? showRatio(np.median, t.median) : "—",
  ];
  printTable([
    ["name", "first (s)", "median (min–max) s", "NumPy ÷ this, median"],
    row("partnerscope, 1 thread", tSingle),
    row("partnerscope, 2 workers", tPool),
    row("NumPy (vectorised inverse CDF)", np, true),
  ]);
  console.log(
    `worker pool start-up (first 1,000 iterations, not in the runs): ${startUp.toFixed(3)} s`,
  );
  console.log(`2-worker samples identical to 1 thread: ${identical ? "yes" : "NO"}`);
  if (typeof peer === "string") console.log(`NumPy peer unavailable: ${peer}`);
  else {
    const gap = Math.max(
      ...peer.means.map((m, i) => Math.abs(m - mean(single[i]!)) / Math.abs(mean(single[i]!))),
    );
    console.log(
      `Largest relative gap between NumPy's and our mean NPVs: ${(gap * 100).toFixed(3)}%`,
    );
  }
}

await main();
