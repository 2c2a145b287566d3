/**
 * Partnership-health analysis of 50,000 responses × 40 items × 20 partners × 6 waves (5,000 with
 * --quick) against the same computation vectorised in NumPy (bench/health_numpy.py, run with
 * /usr/bin/python3 in the same run). Target (issue 14): under 1 s, and no slower than the NumPy
 * peer. Timed with bench/protocol.ts on both sides, from two starting points each:
 *   objects/records: answers as { item: value } objects (ours: analyseAssessment, packing included;
 *     NumPy: a list of dicts packed into a matrix inside the timing);
 *   packed: answers already in a matrix (ours: analyseColumns on packed columns; NumPy: int8 array).
 * Our two paths run again after the peer, so load drift on the shared machine shows.
 *   npx tsx bench/health.ts [--quick]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseAssessment, analyseColumns } from "../src/engine/health/analyse.ts";
import { packResponses } from "../src/engine/health/columns.ts";
import type { HealthResult } from "../src/shared/health-results.ts";
import type { HealthResponse, Instrument } from "../src/shared/instruments.ts";
import { measure, printTable, RUNS, showRatio, showTiming, type Timing } from "./protocol.ts";

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
// Respondent k answers wave k mod W for partner ⌊k / W⌋ mod P: every partner in every wave.
const partnerOf = (k: number) => Math.floor(k / W) % P;
const responses: HealthResponse[] = Array.from({ length: N }, (_, k) => {
  const answers: Record<string, number> = {};
  for (let i = 0; i < I; i++) {
    const v = 1 + Math.floor(next() * 5);
    answers[`i${i}`] = v;
    flat.push(v);
  }
  return { partner: partners[partnerOf(k)]!, wave: waves[k % W]!.id, answers };
});

const input = { instrument, partners, waves, responses };
const viewer = { minGroupSize: 3, own: null, full: true };
const columns = packResponses(
  instrument,
  partners,
  waves.map((w) => w.id),
  responses,
);
const fromObjects = () => measure(() => analyseAssessment(input, viewer));
const fromPacked = () => measure(() => analyseColumns({ ...input, columns }, viewer));
const [objects, packed] = [fromObjects(), fromPacked()];
const peer = runPeer();
const [objectsAgain, packedAgain] = [fromObjects(), fromPacked()];

const rows = [
  [
    "starting point",
    "partnerscope s, median (range)",
    "first",
    "NumPy s, median (range)",
    "first",
    "NumPy ÷ ours",
  ],
  row("objects / dicts", objects.timing, peer?.records),
  row("  again after the peer", objectsAgain.timing, peer?.records),
  row("packed matrix", packed.timing, peer?.arrays),
  row("  again after the peer", packedAgain.timing, peer?.arrays),
];
console.log(
  `${N.toLocaleString("en-GB")} responses × ${I} items × ${P} partners × ${W} waves; ${RUNS} runs after a first`,
);
printTable(rows);
if (peer)
  console.log(
    `largest difference from NumPy over every output checked: ${worstDifference(objects.value, peer.check)}`,
  );
else console.log("NumPy peer unavailable (see above): no ratio");
console.log(`target under 1 s from objects: ${objects.timing.median < 1 ? "met" : "not met"}`);

function row(label: string, ours: Timing, theirs: Timing | undefined): string[] {
  const t = (x: Timing | undefined) => (x ? [showTiming(x), x.first.toFixed(3)] : ["—", "—"]);
  return [label, ...t(ours), ...t(theirs), theirs ? showRatio(theirs.median, ours.median) : "—"];
}

interface PeerCheck {
  mean: number[][];
  sd: number[][];
  rwg: number[][];
  ad: number[][];
  gap: number[][];
  total: number[];
  byPartner: number[][][];
  change: number[][];
}

function runPeer(): { arrays: Timing; records: Timing; check: PeerCheck } | null {
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
        partner: responses.map((_, k) => partnerOf(k)),
        wave: responses.map((_, k) => k % W),
      }),
    );
    const script = join(import.meta.dirname, "health_numpy.py");
    const out = spawnSync("/usr/bin/python3", [script, file, String(RUNS)], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    if (out.status === 0) return JSON.parse(out.stdout);
    console.log(
      `NumPy peer not run: ${out.stderr?.trim().split("\n").at(-1) ?? out.error?.message}`,
    );
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The largest absolute difference between our results and the peer's, output by output. */
function worstDifference(ours: HealthResult, peer: PeerCheck): string {
  let worst = 0;
  let count = 0;
  const see = (a: number | null | undefined, b: number) => {
    count++;
    worst = Math.max(
      worst,
      a === null || a === undefined ? Number.POSITIVE_INFINITY : Math.abs(a - b),
    );
  };
  ours.waves.forEach((w, k) => {
    w.dimensions.forEach((d, j) => {
      see(d.mean, peer.mean[k]![j]!);
      see(d.sd, peer.sd[k]![j]!);
      see(d.rwg, peer.rwg[k]![j]!);
      see(d.ad, peer.ad[k]![j]!);
      see(d.gap, peer.gap[k]![j]!);
      partners.forEach((p, q) => see(d.byPartner[p]?.mean, peer.byPartner[k]![j]![q]!));
    });
    see(w.total?.mean, peer.total[k]!);
  });
  ours.change.forEach((c) =>
    see(c.difference, peer.change[Number(c.to.slice(1)) - 1]![Number(c.dimension.slice(1))]!),
  );
  return `${worst.toExponential(1)} (${count.toLocaleString("en-GB")} outputs)`;
}
