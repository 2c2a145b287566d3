import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { PbrMonteCarloResult } from "../../shared/pbr-results.ts";
import { at } from "../at.ts";
import { type SimBuffers, simBuffersOf, simPairsOf, simulatePair } from "./mc-run.ts";
import type { PreparedPbr } from "./prepare.ts";
import { spreadOf } from "./spread.ts";

export type { PbrMonteCarloProvider, PbrMonteCarloResult } from "../../shared/pbr-results.ts";

/** How many runs and which seed; `onProgress` is called now and then with runs done. */
export interface PbrMonteCarloOptions {
  runs: number;
  seed: number;
  onProgress?: (done: number, runs: number) => void;
}

/**
 * Monte Carlo of the supply chain: participants start and leave work at random (seeded), and each
 * run's cash flows give every provider an NPV and a peak funding need.
 * @example monteCarloPbr(prepared, { runs: 1000, seed: 42 }).providers[0].npv.p10
 */
export function monteCarloPbr(
  prepared: PreparedPbr,
  options: PbrMonteCarloOptions,
): PbrMonteCarloResult {
  const rng = xoroshiro128plus(options.seed);
  // One 32-bit draw per uniform, offset by ½ so u is never 0 or 1 (log(u) stays finite).
  const uniform = () => (rng.next() + 2147483648.5) / 4294967296;
  const pairs = simPairsOf(prepared);
  const buffers = simBuffersOf(prepared);
  const n = prepared.model.providers.length;
  const npv = Array.from({ length: n }, () => new Float64Array(options.runs));
  const peak = Array.from({ length: n }, () => new Float64Array(options.runs));
  const net = prepared.model.providers.map(() => new Float64Array(prepared.weeks));
  const { horizonWeeks: T, terms } = prepared.model;
  for (let run = 0; run < options.runs; run++) {
    clear(buffers);
    for (const sp of pairs) simulatePair(sp, T, terms.paymentLagWeeks, uniform, buffers);
    providerNets(prepared, buffers, net);
    net.forEach((cash, i) => npvAndPeakInto(cash, prepared.factors, npv[i]!, peak[i]!, run));
    if (options.onProgress && (run + 1) % 1000 === 0) options.onProgress(run + 1, options.runs);
  }
  return {
    runs: options.runs,
    seed: options.seed,
    providers: prepared.model.providers.map((p, i) => ({
      id: p.id,
      npv: spreadOf(npv[i]!),
      peakFunding: spreadOf(peak[i]!),
    })),
  };
}

function clear(buffers: SimBuffers): void {
  for (const list of Object.values(buffers)) for (const a of list as Float64Array[]) a.fill(0);
}

// Turns each delivering provider's payments and costs into every provider's net cash by week,
// applying the same split as the expected-value model (see shareOfPair).
function providerNets(prepared: PreparedPbr, buf: SimBuffers, net: Float64Array[]): void {
  const { model, prime, weeks } = prepared;
  const keep = model.terms.primeRetention;
  const pass = model.terms.attachmentPassThrough;
  // net and every buffer list hold one array per provider (built from model.providers).
  model.providers.forEach((p, i) => {
    const own = net[i]!;
    own.fill(0);
    own[0] = -p.costs.setUp;
  });
  const toPrime = at(net, prime, "prime provider");
  for (let i = 0; i < model.providers.length; i++) {
    const own = net[i]!;
    const sub = i !== prime;
    const a = sub ? (pass ? 1 - keep : 0) : 1;
    const r = sub ? 1 - keep : 1;
    const diff4 = buf.sustainDiff4[i]!;
    const costDiff = buf.costDiff[i]!;
    const attachment = buf.attachment[i]!;
    const results = buf.results[i]!;
    // Every array here has `weeks` entries (costDiff horizon + 1, read only below the horizon).
    for (let w = 4; w < weeks; w++) diff4[w]! += diff4[w - 4]!; // prefix sums with stride 4
    let cost = 0;
    for (let w = 0; w < weeks; w++) {
      if (w < model.horizonWeeks) cost += costDiff[w]!;
      const att = attachment[w]!;
      const res = results[w]! + diff4[w]!;
      own[w]! += a * att + r * res - (w < model.horizonWeeks ? cost : 0);
      if (sub) toPrime[w]! += (1 - a) * att + (1 - r) * res;
    }
  }
}

function npvAndPeakInto(
  net: Float64Array,
  factors: Float64Array,
  npv: Float64Array,
  peak: Float64Array,
  run: number,
): void {
  let value = 0;
  let cumulative = 0;
  let min = 0;
  for (let w = 0; w < net.length; w++) {
    const cash = net[w]!; // factors has one entry per cash week, as net does
    value += cash * factors[w]!;
    cumulative += cash;
    if (cumulative < min) min = cumulative;
  }
  npv[run] = value;
  peak[run] = min < 0 ? -min : 0;
}
