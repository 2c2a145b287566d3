import type { ValueMapDocument } from "../../shared/value-map.ts";
import type { ValueMapMonteCarlo } from "../../shared/value-map-results.ts";
import { triangular } from "../appraisal/rng.ts";
import { quantileSorted } from "../stats/quantile.ts";
import { durationFactor, retainedShare } from "./impact.ts";
import type { PerspectiveBase } from "./perspectives.ts";

/**
 * A value map reduced to typed arrays for Monte Carlo. Only quantity and proxy carry ranges, and PV is
 * quantity × proxy × weight with weight = retained share × Σ_t (1 − dropOff)^(t − start) DF(t), so
 * each outcome's weight is computed once and an iteration costs O(ranged outcomes × their perspectives).
 */
export interface ValueMapMcModel {
  perspectives: number;
  /** Per perspective: PV of its outcomes without a range (they never move) and PV of its inputs. */
  fixedPv: Float64Array;
  pvInputs: Float64Array;
  qLow: Float64Array;
  qMode: Float64Array;
  qHigh: Float64Array;
  pLow: Float64Array;
  pMode: Float64Array;
  pHigh: Float64Array;
  weight: Float64Array;
  /** CSR membership of the ranged outcomes: perspectives of outcome r are index[start[r]..start[r+1]). */
  start: Int32Array;
  index: Int32Array;
}

/** Compiles the ranged outcomes of a value map, given its perspective bases and discount factors. */
export function valueMapMcModel(
  doc: Pick<ValueMapDocument, "outcomes">,
  bases: readonly PerspectiveBase[],
  pvs: readonly number[],
  df: Float64Array,
): ValueMapMcModel {
  const ranged = doc.outcomes.flatMap((o, i) => (o.range?.quantity || o.range?.proxy ? [i] : []));
  const n = ranged.length;
  const arrays = Array.from({ length: 7 }, () => new Float64Array(n));
  const [qLow, qMode, qHigh, pLow, pMode, pHigh, weight] = arrays as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const members: number[][] = ranged.map(() => []);
  const rankOf = new Map(ranged.map((i, r) => [i, r]));
  const fixedPv = new Float64Array(bases.length);
  bases.forEach((b, p) => {
    fixedPv[p] = b.pvBenefits;
    for (const i of b.outcomes) {
      const r = rankOf.get(i);
      if (r === undefined) continue;
      fixedPv[p]! -= pvs[i]!;
      members[r]!.push(p);
    }
  });
  ranged.forEach((i, r) => {
    const o = doc.outcomes[i]!;
    qMode[r] = o.quantity;
    qLow[r] = o.range?.quantity?.low ?? o.quantity;
    qHigh[r] = o.range?.quantity?.high ?? o.quantity;
    pMode[r] = o.proxy.value;
    pLow[r] = o.range?.proxy?.low ?? o.proxy.value;
    pHigh[r] = o.range?.proxy?.high ?? o.proxy.value;
    weight[r] = retainedShare(o) * durationFactor(o, df);
  });
  const start = new Int32Array(n + 1);
  members.forEach((m, r) => {
    start[r + 1] = start[r]! + m.length;
  });
  return {
    perspectives: bases.length,
    fixedPv,
    pvInputs: Float64Array.from(bases, (b) => b.pvInputs),
    qLow,
    qMode,
    qHigh,
    pLow,
    pMode,
    pHigh,
    weight,
    start,
    index: Int32Array.from(members.flat()),
  };
}

/** The murmur3 32-bit finaliser, to hash (seed, iteration) into a generator state. */
function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Ratios of iterations [from, to) per perspective: out[p * (to − from) + k]. Each iteration has its own
 * sfc32 stream hashed from (seed, iteration) — counter-based, so any split of [0, n) gives the same
 * samples — inlined over local integers because a generator object per draw would dominate the cost.
 */
export function valueMapRatioSamples(
  mc: ValueMapMcModel,
  seed: number,
  from: number,
  to: number,
): Float64Array {
  const count = Math.max(0, to - from);
  const out = new Float64Array(mc.perspectives * count);
  const acc = new Float64Array(mc.perspectives);
  const n = mc.weight.length;
  const s0 = mix32(seed);
  for (let it = from; it < to; it++) {
    const h = mix32(s0 ^ mix32(it + 0x9e3779b9));
    let a = mix32(h ^ 0x243f6a88);
    let b = mix32(h ^ 0x13198a2e);
    let c = mix32(h ^ 0x03707344);
    let d = 1;
    acc.set(mc.fixedPv);
    for (let r = 0; r < n; r++) {
      // sfc32 (Doty-Humphrey): two 32-bit outputs per ranged outcome, as uniforms in [0, 1).
      let t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const u1 = (t >>> 0) / 4294967296;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const u2 = (t >>> 0) / 4294967296;
      const pv =
        triangular(u1, mc.qLow[r]!, mc.qMode[r]!, mc.qHigh[r]!) *
        triangular(u2, mc.pLow[r]!, mc.pMode[r]!, mc.pHigh[r]!) *
        mc.weight[r]!;
      for (let k = mc.start[r]!; k < mc.start[r + 1]!; k++) acc[mc.index[k]!]! += pv;
    }
    for (let p = 0; p < mc.perspectives; p++)
      out[p * count + it - from] = acc[p]! / mc.pvInputs[p]!;
  }
  return out;
}

/** P10/P50/P90 of each perspective's ratio (null for a perspective with no inputs). */
export function valueMapMonteCarlo(
  mc: ValueMapMcModel,
  seed: number,
  iterations: number,
): (ValueMapMonteCarlo | null)[] {
  const samples = valueMapRatioSamples(mc, seed, 0, iterations);
  return Array.from({ length: mc.perspectives }, (_, p) => {
    if (!(mc.pvInputs[p]! > 0) || iterations === 0) return null;
    const sorted = samples.subarray(p * iterations, (p + 1) * iterations).sort();
    return {
      p10: quantileSorted(sorted, 0.1),
      p50: quantileSorted(sorted, 0.5),
      p90: quantileSorted(sorted, 0.9),
    };
  });
}
