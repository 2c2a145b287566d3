import { lineNpv } from "./line-model.ts";
import { nextUniform32, seedStream, streamPrefix } from "./monte-carlo-stream.ts";
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
}

/**
 * Adds line l to each iteration of the block with one uniform per line and iteration: the line is
 * realised when the draw d < p, and then d / p — uniform on [0, 1) given d < p — is the
 * triangular's u (the inverse CDF, as `triangular`). Every iteration draws the same number of
 * uniforms, so the loop needs no branch: both choices (realised or not, left or right of the
 * mode) are a coin toss per draw, which a branch predictor misses often.
 */
function addLine(mc: MonteCarloModel, l: number, b: Block, count: number): void {
  const { states, npv } = b;
  const p = mc.probability[l]!;
  const low = mc.low[l]!;
  const high = mc.high[l]!;
  const mode = mc.mode[l]!;
  const width = mc.ranged[l] === 1 && high - low > 0 ? high - low : 0;
  const below = mode - low;
  const above = high - mode;
  const split = width > 0 ? below / width : 2;
  // 1 / p, capped so that draw × scale stays finite (p = 0 or below 2^-32: only d = 0 is below p).
  const scale = p < 1 ? Math.min(1 / p, 2 ** 32) : 1;
  const weight = mc.weight[l]!;
  const right = width > 0 ? high : mode;
  const leftEnd = width > 0 ? low : mode;
  for (let i = 0; i < count; i++) {
    const draw = nextUniform32(states, 4 * i);
    // Selections as x·1 + y·0 with finite x and y: exactly x (or y), and no branch to mispredict.
    const realised = draw < p ? 1 : 0;
    const u = realised * (draw * scale) + (1 - realised) * 0.5;
    const left = u < split ? 1 : 0;
    const root = Math.sqrt(left * (u * width * below) + (1 - left) * ((1 - u) * width * above));
    const amount = left * (leftEnd + root) + (1 - left) * (right - root);
    npv[i]! += amount * (realised * weight);
  }
}

/**
 * NPVs of iterations [from, to) with the given seed; iteration i always uses its own stream
 * (`streamFor(seed, key, i)`, drawn without allocating: monte-carlo-stream.ts), so concatenating
 * the samples of any split of [0, n) gives exactly the samples of [0, n). Blocks of iterations are
 * taken line by line (each iteration still draws and adds its lines in order), so a line's
 * constants are fixed through its inner loop.
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
