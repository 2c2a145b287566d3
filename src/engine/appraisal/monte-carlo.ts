import { lineNpv } from "./line-model.ts";
import type { OptionModel } from "./option-model.ts";
import { keyOf, streamFor, triangular, uniform } from "./rng.ts";

/**
 * An option reduced to what one Monte Carlo iteration needs, in typed arrays: a fixed NPV part and,
 * per uncertain line, its probability, triangular range and signed PV per unit of amount, so an
 * iteration costs O(uncertain lines), not O(lines × years).
 */
export interface MonteCarloModel {
  key: number;
  fixedNpv: number;
  probability: Float64Array;
  low: Float64Array;
  mode: Float64Array;
  high: Float64Array;
  ranged: Uint8Array;
  /** sign × optimism-bias multiplier × Σ_t profile(t) × DF(t). */
  weight: Float64Array;
}

/**
 * Compiles an option for Monte Carlo: savings realised whole-horizon with their probability
 * (Bernoulli) and ranged amounts drawn from triangular(low, base, high); everything else is fixed.
 * @example monteCarloModelOf(optionModelOf(option, doc)).fixedNpv
 */
export function monteCarloModelOf(model: OptionModel): MonteCarloModel {
  const uncertain = model.lines.filter((l) => l.probability < 1 || l.range !== undefined);
  // Fixed part: certain lines at base plus the barrier costs (VAT, loan, staff), which carry no range.
  let fixedNpv = -model.barrierPv;
  for (const line of model.lines) if (!uncertain.includes(line)) fixedNpv += lineNpv(line);
  const n = uncertain.length;
  const mc: MonteCarloModel = {
    key: keyOf(model.id),
    fixedNpv,
    probability: new Float64Array(n),
    low: new Float64Array(n),
    mode: new Float64Array(n),
    high: new Float64Array(n),
    ranged: new Uint8Array(n),
    weight: new Float64Array(n),
  };
  uncertain.forEach((line, l) => {
    mc.probability[l] = line.probability;
    mc.mode[l] = line.base;
    mc.low[l] = line.range?.low ?? line.base;
    mc.high[l] = line.range?.high ?? line.base;
    mc.ranged[l] = line.range ? 1 : 0;
    mc.weight[l] = line.sign * line.bias * line.unitPv;
  });
  return mc;
}

/**
 * NPVs of iterations [from, to) with the given seed; iteration i always uses its own stream, so
 * concatenating the samples of any split of [0, n) gives exactly the samples of [0, n).
 * @example monteCarloSamples(mc, 42, 0, 10_000).length // 10000
 */
export function monteCarloSamples(
  mc: MonteCarloModel,
  seed: number,
  from: number,
  to: number,
): Float64Array {
  const samples = new Float64Array(Math.max(0, to - from));
  const n = mc.weight.length;
  for (let i = from; i < to; i++) {
    const rng = streamFor(seed, mc.key, i);
    let npv = mc.fixedNpv;
    for (let l = 0; l < n; l++) {
      const p = mc.probability[l]!;
      if (p < 1 && uniform(rng) >= p) continue;
      const amount =
        mc.ranged[l] === 1
          ? triangular(uniform(rng), mc.low[l]!, mc.mode[l]!, mc.high[l]!)
          : mc.mode[l]!;
      npv += amount * mc.weight[l]!;
    }
    samples[i - from] = npv;
  }
  return samples;
}

/**
 * Splits [0, iterations) into `parts` contiguous chunks for workers.
 * @example iterationChunks(10, 3) // [[0, 4], [4, 7], [7, 10]]
 */
export function iterationChunks(iterations: number, parts: number): [number, number][] {
  const chunks: [number, number][] = [];
  const size = Math.floor(iterations / parts);
  const extra = iterations % parts;
  let from = 0;
  for (let k = 0; k < parts; k++) {
    const to = from + size + (k < extra ? 1 : 0);
    chunks.push([from, to]);
    from = to;
  }
  return chunks;
}

/** Joins chunk samples in order (the inverse of `iterationChunks`). */
export function concatSamples(chunks: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
