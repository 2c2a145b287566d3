/**
 * Value map benchmark (issue 13): 1,000 outcomes × 4 perspectives × 30 years with 100,000 Monte
 * Carlo iterations (10,000 with --quick), partnerscope's engine on one thread against the same model
 * vectorised in NumPy (bench/value_map_numpy.py, /usr/bin/python3, same run). The NumPy peer gets the
 * raw outcomes and computes impact, drop-off, Green Book discounting, ratios and Monte Carlo itself;
 * its RNG differs, so base ratios must agree exactly and Monte Carlo P50s within a tolerance.
 *   npx tsx bench/value-map.ts [--quick]
 * Protocol (bench/protocol.ts, both sides): the first run apart, then RUNS timed runs, median and
 * range. Timed on our side: the whole evaluation from the parsed document (sensitivity table and
 * break-even proxies included, which the peer does not compute); on the peer's: its evaluation from
 * the parsed document (base ratios and Monte Carlo), inside Python.
 */
import { spawnSync } from "node:child_process";
import { evaluateValueMap } from "../src/engine/value-map/evaluate.ts";
import {
  VALUE_MAP_FORMAT,
  type ValueMapDocument,
  valueMapSchema,
} from "../src/shared/value-map.ts";
import { measure, RUNS, showRatio, showTiming, type Timing } from "./protocol.ts";

const iterations = process.argv.includes("--quick") ? 10_000 : 100_000;
const SEED = 42;
const OUTCOMES = 1000;
const PERSPECTIVES = ["fiscal", "economic", "social", "participants"];
/** Largest relative gap allowed between our P50 ratios and NumPy's (different RNGs, same model). */
const P50_TOLERANCE = 0.005;

/** A synthetic value map: every outcome ranged, tagged with 1–4 perspectives, lasting up to 30 years. */
function benchMap(): ValueMapDocument {
  const outcomes = Array.from({ length: OUTCOMES }, (_, i) => {
    const quantity = 10 + (i % 90);
    const proxy = 200 + 37 * (i % 50);
    const startYear = 1 + (i % 3);
    return {
      id: `o${i}`,
      stakeholder: `stakeholder ${i % 25}`,
      outcome: `outcome ${i}`,
      indicator: `indicator ${i}`,
      setBy: "co_produced" as const,
      quantity,
      proxy: { value: proxy, source: "synthetic" },
      deadweight: (i % 7) * 0.05,
      displacement: (i % 3) * 0.05,
      attribution: (i % 5) * 0.06,
      dropOff: (i % 4) * 0.1,
      startYear,
      durationYears: 1 + (i % (31 - startYear)),
      perspectives: PERSPECTIVES.filter((_, k) => k === 0 || (i + k) % (k + 1) === 0),
      range: {
        quantity: { low: quantity * 0.7, high: quantity * 1.4 },
        proxy: { low: proxy * 0.5, high: proxy * 1.5 },
      },
    };
  });
  return valueMapSchema.parse({
    format: VALUE_MAP_FORMAT,
    title: "Benchmark (synthetic)",
    currency: "GBP",
    baseDate: "2025-04-01",
    discount: { schedule: "green-book" },
    perspectives: PERSPECTIVES.map((id) => ({ id, name: id })),
    inputs: PERSPECTIVES.map((id, k) => ({
      id: `in-${id}`,
      stakeholder: id,
      description: "cost",
      amount: 4e7 * (k + 1),
      year: k % 2,
      perspectives: [id],
    })),
    outcomes,
  });
}

interface Peer {
  timing: Timing;
  ratios: number[];
  p50: number[];
}

function numpyPeer(doc: ValueMapDocument): Peer | string {
  const script = new URL("./value_map_numpy.py", import.meta.url).pathname;
  const run = spawnSync("/usr/bin/python3", [script], {
    input: JSON.stringify({ iterations, seed: SEED, runs: RUNS, document: doc }),
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (run.error || run.status !== 0)
    return (run.stderr || String(run.error)).trim().split("\n").pop() ?? "failed";
  return JSON.parse(run.stdout);
}

function main(): void {
  const doc = benchMap();
  console.log(
    `Value map: ${OUTCOMES.toLocaleString("en-GB")} outcomes × ${PERSPECTIVES.length} perspectives × 30 years, ${iterations.toLocaleString("en-GB")} Monte Carlo iterations`,
  );
  console.log(
    `Timed: the whole evaluation from the parsed document, first run apart, then median (min–max) of ${RUNS}; ours also computes the sensitivity table and break-even proxies`,
  );
  const { timing: mine, value: ours } = measure(() =>
    evaluateValueMap(doc, { iterations, seed: SEED }),
  );
  const peer = numpyPeer(doc);
  console.log(`partnerscope, 1 thread: ${showTiming(mine)} s, first ${mine.first.toFixed(3)} s`);
  if (typeof peer === "string") {
    console.log(`NumPy peer unavailable: ${peer}`);
    return;
  }
  const p = peer.timing;
  console.log(
    `NumPy (vectorised, inverse-CDF triangular): ${showTiming(p)} s, first ${p.first.toFixed(3)} s`,
  );
  console.log(`NumPy ÷ ours at the median: ${showRatio(p.median, mine.median)}`);
  const perspectives = ours.perspectives;
  const baseGap = Math.max(
    ...perspectives.map((p, k) => Math.abs(p.ratio! - peer.ratios[k]!) / p.ratio!),
  );
  const p50Gap = Math.max(
    ...perspectives.map((p, k) => Math.abs(p.monteCarlo!.p50 - peer.p50[k]!) / p.monteCarlo!.p50),
  );
  console.log(
    `Base ratios: ${perspectives.map((p) => `${p.id} ${p.ratio!.toFixed(4)}`).join(", ")}`,
  );
  console.log(
    `P50 ratios:  ${perspectives.map((p, k) => `${p.id} ${p.monteCarlo!.p50.toFixed(4)} (NumPy ${peer.p50[k]!.toFixed(4)})`).join(", ")}`,
  );
  const same = baseGap < 1e-9 && p50Gap < P50_TOLERANCE;
  console.log(
    `Results equal: base ratios within 1e-9 (gap ${baseGap.toExponential(1)}), P50 within ${P50_TOLERANCE * 100}% (gap ${(p50Gap * 100).toFixed(3)}%): ${same ? "yes" : "NO"}`,
  );
  console.log(
    `At least as fast as NumPy on one thread (medians): ${mine.median <= p.median ? "yes" : "NO"}`,
  );
  if (!same) process.exitCode = 1;
}

main();
