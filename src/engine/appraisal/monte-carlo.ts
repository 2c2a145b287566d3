import { lineNpv } from "./line-model.ts";
import { nextUniform, seedStream, streamPrefix } from "./monte-carlo-stream.ts";
import type { OptionModel } from "./option-model.ts";
import { keyOf } from "./rng.ts";

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

/** Iterations drawn together: their streams' states (16 bytes each) and NPVs stay in cache. */
const BLOCK = 2048;

/** Scratch for one block: stream states and running NPVs. */
interface Block {
  states: Int32Array;
  npv: Float64Array;
  /** For the branch-free choice of the triangular's side: each side's root argument, end and sign. */
  side: Float64Array;
}

/**
 * Line l when unranged, or ranged with no width (triangular returns the mode, but its draw is
 * still taken): mode × weight for each iteration that realises it.
 */
function addFixedLine(mc: MonteCarloModel, l: number, b: Block, count: number): void {
  const { states, npv } = b;
  const p = mc.probability[l]!;
  const value = mc.mode[l]! * mc.weight[l]!;
  const uncertain = p < 1;
  const ranged = mc.ranged[l] === 1;
  for (let i = 0; i < count; i++) {
    if (uncertain && nextUniform(states, 4 * i) >= p) continue;
    if (ranged) nextUniform(states, 4 * i);
    npv[i]! += value;
  }
}

/**
 * Adds line l's amount × weight to each iteration of the block, drawing from each iteration's own
 * stream in line order, as `triangular(uniform(rng), low, mode, high)` after the Bernoulli draw.
 * The side of the mode is picked by indexing, not branching: it is a coin toss per draw, which a
 * branch predictor misses half the time. Both root arguments are formed with triangular's own
 * operations and the chosen one's root taken: low + r, or high + (−1)·r (exactly high − r).
 */
function addLine(mc: MonteCarloModel, l: number, b: Block, count: number): void {
  const low = mc.low[l]!;
  const high = mc.high[l]!;
  const width = high - low;
  if (mc.ranged[l] !== 1 || width <= 0) {
    addFixedLine(mc, l, b, count);
    return;
  }
  const { states, npv, side } = b;
  const p = mc.probability[l]!;
  const weight = mc.weight[l]!;
  const below = mc.mode[l]! - low;
  const above = high - mc.mode[l]!;
  const split = below / width;
  const uncertain = p < 1;
  // side = [argument right of the mode, left; end right, left; sign right, left].
  side[2] = high;
  side[3] = low;
  side[4] = -1;
  side[5] = 1;
  for (let i = 0; i < count; i++) {
    if (uncertain && nextUniform(states, 4 * i) >= p) continue;
    const u = nextUniform(states, 4 * i);
    const left = u < split ? 1 : 0;
    side[0] = (1 - u) * width * above;
    side[1] = u * width * below;
    npv[i]! += (side[2 + left]! + side[4 + left]! * Math.sqrt(side[left]!)) * weight;
  }
}

/**
 * NPVs of iterations [from, to) with the given seed; iteration i always uses its own stream
 * (`streamFor(seed, key, i)`'s numbers, drawn without allocating: monte-carlo-stream.ts), so
 * concatenating the samples of any split of [0, n) gives exactly the samples of [0, n). Blocks of
 * iterations are taken line by line (each iteration still draws in line order and adds its lines
 * in order), so a line's constants and kind are fixed through its inner loop.
 * @example monteCarloSamples(mc, 42, 0, 10_000).length // 10000
 */
export function monteCarloSamples(
  mc: MonteCarloModel,
  seed: number,
  from: number,
  to: number,
): Float64Array {
  const samples = new Float64Array(Math.max(0, to - from));
  const block: Block = {
    states: new Int32Array(4 * BLOCK),
    npv: new Float64Array(BLOCK),
    side: new Float64Array(6),
  };
  const prefix = streamPrefix(seed, mc.key);
  for (let start = from; start < to; start += BLOCK) {
    const count = Math.min(BLOCK, to - start);
    for (let i = 0; i < count; i++) seedStream(block.states, 4 * i, prefix, start + i);
    block.npv.fill(mc.fixedNpv, 0, count);
    for (let l = 0; l < mc.weight.length; l++) addLine(mc, l, block, count);
    samples.set(block.npv.subarray(0, count), start - from);
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
