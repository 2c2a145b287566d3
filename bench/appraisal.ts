/**
 * Appraisal benchmark: Monte Carlo of 100,000 iterations (10,000 with --quick) over 5 options ×
 * 30 lines × a 30-year horizon — single-threaded, on a 2-worker pool (node:worker_threads, same
 * samples), and against a vectorised NumPy implementation of the same model (bench/appraisal_numpy.py,
 * run with /usr/bin/python3 in the same run; its own RNG, so means agree statistically, not exactly).
 *   npx tsx bench/appraisal.ts [--quick]
 * Times are the Monte Carlo alone (best of 3 for ours; one run for NumPy, timed inside Python).
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

async function bestOf3(run: () => unknown | Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    await run();
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return best;
}

function numpyPeer(models: MonteCarloModel[]): { seconds: number; means: number[] } | string {
  const spec = {
    iterations,
    seed: SEED,
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
    `Monte Carlo: ${iterations.toLocaleString("en-GB")} iterations × 5 options × 30 lines × 30 years`,
  );
  let single: Float64Array[] = [];
  const tSingle = await bestOf3(() => {
    single = models.map((m) => monteCarloSamples(m, SEED, 0, iterations));
  });
  const pool = createMonteCarloPool(2);
  await pool.run(models, SEED, 1000); // warm-up: workers load the engine
  let pooled: Float64Array[] = [];
  const tPool = await bestOf3(async () => {
    pooled = await pool.run(models, SEED, iterations);
  });
  await pool.close();
  const identical = pooled.every((s, i) => s.every((x, j) => x === single[i]![j]));
  const peer = numpyPeer(models);
  const ratio = (t: number) =>
    typeof peer === "string" ? "—" : `${(t / peer.seconds).toFixed(2)}×`;
  const rows = [
    ["name", "time", "ratio vs NumPy"],
    ["partnerscope, 1 thread", `${tSingle.toFixed(3)} s`, ratio(tSingle)],
    ["partnerscope, 2 workers", `${tPool.toFixed(3)} s`, ratio(tPool)],
    [
      "NumPy (vectorised)",
      typeof peer === "string" ? "—" : `${peer.seconds.toFixed(3)} s`,
      typeof peer === "string" ? "—" : "1.00×",
    ],
  ];
  for (const r of rows)
    console.log(`${r[0]!.padEnd(26)}${r[1]!.padStart(10)}${r[2]!.padStart(16)}`);
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
