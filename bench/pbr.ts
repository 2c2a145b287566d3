/**
 * Benchmark of the payment-by-results engine: `npx tsx bench/pbr.ts [--quick]`.
 * 1. The expected-value weekly model for 9 groups × 20 providers × 260 weeks, against a NumPy peer
 *    (bench/pbr_numpy.py, same model, batched FFTs with scipy.fft at next_fast_len, run with
 *    /usr/bin/python3 in the same run). Both sides: the first run apart, then the same number of
 *    timed runs (20, 100 in a full run; bench/protocol.ts), median and range; ours includes
 *    preparePbr, the peer its set-up inside run(); reading the model file is not timed.
 * 2. Monte Carlo of that model: 10,000 runs (500 with --quick).
 * 3. Exact Shapley attribution for 16 providers over 1,000,000 generated journeys (target < 10 s).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { attributionOf } from "../src/engine/pbr/attribution.ts";
import type { Journey } from "../src/engine/pbr/journeys.ts";
import { monteCarloPbr } from "../src/engine/pbr/monte-carlo.ts";
import { analysePbr } from "../src/engine/pbr/pbr-analysis.ts";
import { runPbrModel } from "../src/engine/pbr/pbr-model.ts";
import { preparePbr } from "../src/engine/pbr/prepare.ts";
import {
  PBR_FORMAT,
  type PbrModel,
  pbrModelSchema,
  workProgrammeGroups,
} from "../src/shared/pbr.ts";
import { measure, showRatio, type Timing } from "./protocol.ts";

const quick = process.argv.includes("--quick");
const rng = xoroshiro128plus(20110601);
const uniform = () => (rng.next() >>> 0) / 4294967296;

/** 9 Work Programme groups, 1 prime + 7 tier-1 + 12 tier-2 providers, every group at every provider. */
function benchModel(): PbrModel {
  const rates = [60, 90, 25, 10, 5, 15, 5, 3, 5];
  const groups = workProgrammeGroups(0, 208).map((g, i) => ({ ...g, referralsPerWeek: rates[i] }));
  const providers = Array.from({ length: 20 }, (_, i) => ({
    id: `p${i}`,
    name: `Provider ${i}`,
    tier: i === 0 ? ("prime" as const) : i < 8 ? ("tier1" as const) : ("tier2" as const),
    performance: 0.8 + 0.4 * uniform(),
    costs: {
      perReferral: 100 + 50 * uniform(),
      perWeekOnProgramme: 5 + 5 * uniform(),
      perWeekInWorkSupport: 10,
      setUp: i === 0 ? 400_000 : 40_000,
    },
  }));
  const allocation = groups.flatMap((g) => {
    const weights = providers.map(() => 0.2 + uniform());
    const total = weights.reduce((s, w) => s + w, 0);
    const shares = weights.map((w) => w / total);
    shares[shares.length - 1] = 1 - shares.slice(0, -1).reduce((s, x) => s + x, 0);
    return providers.map((p, i) => ({ group: g.id, provider: p.id, share: shares[i] }));
  });
  return pbrModelSchema.parse({
    format: PBR_FORMAT,
    startDate: "2011-06-01",
    horizonWeeks: 260,
    discount: { rate: 0.035 },
    groups,
    providers,
    allocation,
    terms: { primeRetention: 0.2, paymentLagWeeks: 4, attachmentPassThrough: false },
  });
}

function numpyPeer(model: PbrModel, repeats: number): { timing: Timing; npv: number[] } | null {
  const dir = mkdtempSync(join(tmpdir(), "pbr-bench-"));
  try {
    const file = join(dir, "model.json");
    writeFileSync(file, JSON.stringify(model));
    const out = execFileSync(
      "/usr/bin/python3",
      [join(import.meta.dirname, "pbr_numpy.py"), file, String(repeats)],
      { encoding: "utf8" },
    );
    return JSON.parse(out) as { timing: Timing; npv: number[] };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function generatedJourneys(count: number, providers: number): Journey[] {
  const ids = Array.from({ length: providers }, (_, i) => `p${i}`);
  // uniform() is in [0, 1), so each index below is within ids (providers ≥ 4 in every call).
  const id = (i: number) => ids[i]!;
  return Array.from({ length: count }, (_, i) => {
    const touches = [id(Math.floor(uniform() * 4))]; // journeys start at one of 4 front doors
    const extra = Math.floor(uniform() * 4);
    for (let k = 0; k < extra; k++) touches.push(id(Math.floor(uniform() * providers)));
    const outcome = uniform() < 0.1 + 0.05 * touches.length ? 1 : 0;
    return { participantId: `j${i}`, touches, outcome: outcome as 0 | 1 };
  });
}

const rows: [string, string, string][] = [];
const model = benchModel();
const repeats = quick ? 20 : 100;
const mine = measure(() => runPbrModel(preparePbr(model)), repeats);
const ours = mine.value;
const jsMs = mine.timing.median * 1000;
const peer = numpyPeer(model, repeats);
const ms = (t: Timing) =>
  `${(t.median * 1000).toFixed(2)} ms (${(t.min * 1000).toFixed(2)}–${(t.max * 1000).toFixed(2)}; first ${(t.first * 1000).toFixed(1)})`;
rows.push(["expected-value model (9 × 20 × 260), median", ms(mine.timing), "—"]);
if (peer) {
  const maxRel = Math.max(
    ...peer.npv.map((v, i) => Math.abs(v - ours.providers[i]!.npv) / Math.max(1, Math.abs(v))),
  );
  rows.push([
    "NumPy + scipy.fft peer, same model, median",
    ms(peer.timing),
    `NumPy ÷ ours = ${showRatio(peer.timing.median * 1000, jsMs)} (NPVs agree to ${maxRel.toExponential(1)})`,
  ]);
} else rows.push(["NumPy peer", "peer unavailable", "—"]);
const fullMs = measure(() => analysePbr(model), quick ? 2 : 5).timing.median * 1000;
rows.push(["+ break-even, sensitivity, risk transfer", `${fullMs.toFixed(0)} ms`, "—"]);

const runs = quick ? 500 : 10_000;
let t = performance.now();
const mc = monteCarloPbr(preparePbr(model), { runs, seed: 1 });
const mcMs = performance.now() - t;
const participants = model.groups.reduce((s, g) => s + g.referralsPerWeek * g.referralWeeks, 0);
rows.push([
  `Monte Carlo, ${runs} runs (${Math.round(participants)} participants each)`,
  `${(mcMs / 1000).toFixed(2)} s`,
  `prime NPV P10–P90 ${Math.round(mc.providers[0]!.npv.p10).toLocaleString("en-GB")} – ${Math.round(mc.providers[0]!.npv.p90).toLocaleString("en-GB")}`,
]);

const journeys = generatedJourneys(1_000_000, 16);
t = performance.now();
const shapley = attributionOf(journeys, { method: "shapley" });
const shapleyMs = performance.now() - t;
const credited = Object.values(shapley.credits).reduce((s, x) => s + x, 0);
rows.push([
  "Shapley, 16 providers, 1,000,000 journeys",
  `${(shapleyMs / 1000).toFixed(2)} s`,
  `target < 10 s; credits ${credited.toFixed(0)} = outcomes ${shapley.outcomes}`,
]);

const width = rows
  .map((r) => r.map((c) => c.length))
  .reduce((a, b) => a.map((x, i) => Math.max(x, b[i]!)));
console.log(`partnerscope pbr benchmark${quick ? " (quick)" : ""} — node ${process.version}`);
for (const r of [["measure", "time", "note"], ...rows])
  console.log(r.map((c, i) => c.padEnd(width[i]!)).join("  "));
