/**
 * Partnership-health analysis of 50,000 responses × 40 items × 20 partners × 6 waves (5,000 with
 * --quick): the engine's `analyseAssessment` against the same computation vectorised in NumPy
 * (bench/health_numpy.py, run with /usr/bin/python3 in the same run). Target (issue 14): under 1 s,
 * and no slower than the NumPy peer. Reports the median of 5 runs after one warm-up.
 *   npx tsx bench/health.ts [--quick]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseAssessment } from "../src/engine/health/analyse.ts";
import type { HealthResponse, Instrument } from "../src/shared/instruments.ts";

const quick = process.argv.includes("--quick");
const N = quick ? 5_000 : 50_000;
const [I, D, P, W] = [40, 8, 20, 6];

const instrument: Instrument = {
  id: "bench",
  version: 1,
  name: "Bench",
  description: "",
  kind: "rating",
  dimensions: Array.from({ length: D }, (_, d) => ({ id: `d${d}`, name: `D${d}` })),
  items: Array.from({ length: I }, (_, i) => ({
    id: `i${i}`,
    dimension: `d${i % D}`,
    text: "x",
    reverse: i % 5 === 0,
  })),
  scale: { min: 1, max: 5, labels: {} },
};
const partners = Array.from({ length: P }, (_, p) => `p${p}`);
const waves = Array.from({ length: W }, (_, w) => ({ id: `w${w}`, date: `${2020 + w}-01-01` }));

// A fixed linear congruential sequence: the same answers for both sides on every run.
let seed = 1;
const next = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const flat: number[] = [];
const responses: HealthResponse[] = Array.from({ length: N }, (_, k) => {
  const answers: Record<string, number> = {};
  for (let i = 0; i < I; i++) {
    const v = 1 + Math.floor(next() * 5);
    answers[`i${i}`] = v;
    flat.push(v);
  }
  return { partner: partners[k % P]!, wave: waves[k % W]!.id, answers };
});

const input = { instrument, partners, waves, responses };
const viewer = { minGroupSize: 3, own: null, full: true };
analyseAssessment(input, viewer); // warm-up
const times: number[] = [];
let result = analyseAssessment(input, viewer);
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  result = analyseAssessment(input, viewer);
  times.push(performance.now() - t);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ours = median(times);
console.log(`partnerscope: ${N.toLocaleString("en-GB")} responses, median ${ours.toFixed(0)} ms`);

const dir = mkdtempSync(join(tmpdir(), "health-bench-"));
try {
  const file = join(dir, "data.json");
  writeFileSync(
    file,
    JSON.stringify({
      n: N,
      items: I,
      dimensions: D,
      partners: P,
      waves: W,
      answers: flat,
      reverse: instrument.items.map((i) => i.reverse === true),
      dimOf: instrument.items.map((i) => Number(i.dimension.slice(1))),
      partner: responses.map((_, k) => k % P),
      wave: responses.map((_, k) => k % W),
    }),
  );
  const peer = spawnSync(
    "/usr/bin/python3",
    [join(import.meta.dirname, "health_numpy.py"), file, "6"],
    { encoding: "utf8" },
  );
  if (peer.status !== 0) {
    console.log(`NumPy peer not run: ${peer.stderr.trim().split("\n").at(-1) ?? peer.status}`);
  } else {
    const out = JSON.parse(peer.stdout) as { seconds: number[]; means: number[][] };
    const theirs = median(out.seconds.slice(1)) * 1000;
    const worst = Math.max(
      ...result.waves.flatMap((w, k) =>
        w.dimensions.map((d, j) => Math.abs(d.mean! - out.means[k]![j]!)),
      ),
    );
    console.log(
      `NumPy peer: median ${theirs.toFixed(0)} ms; largest difference in a mean ${worst.toExponential(1)}`,
    );
    console.log(`ratio NumPy / partnerscope: ${(theirs / ours).toFixed(2)} (target ≥ 1)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`target under 1,000 ms: ${ours < 1000 ? "met" : "not met"}`);
