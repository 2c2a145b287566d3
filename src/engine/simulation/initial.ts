import type { InitialSector } from "../../shared/simulation.ts";
import { type SeededRandom, shuffleInPlace } from "../graph/index.ts";
import { indexByShare, normal, normalQuantile } from "./random.ts";
import {
  addAgent,
  addMember,
  addPartnership,
  emptyState,
  FORM,
  KIND,
  type SectorState,
  YEAR_CODE,
} from "./state.ts";

/** Share of the total held by the 20 largest of `sizes` (sorted ascending). */
function top20Of(sorted: Float64Array): number {
  let total = 0;
  let top = 0;
  for (let i = 0; i < sorted.length; i++) {
    total += sorted[i]!;
    if (i >= sorted.length - 20) top += sorted[i]!;
  }
  return total > 0 ? top / total : 0;
}

/**
 * Sizes at evenly spaced lognormal quantiles exp(σ Φ⁻¹((i + ½)/n)), scaled to the mean, with σ found
 * by bisection so that the 20 largest hold `top20Share` (fixed, not drawn, so every run starts from
 * the same published 2002 sector).
 * @example quantileSizes(2000, 955, 0.26) // ascending sizes with mean 955 and top-20 share 0.26
 */
export function quantileSizes(n: number, mean: number, top20Share: number): Float64Array {
  const key = `${n}|${mean}|${top20Share}`;
  if (lastSizes.key !== key) lastSizes = { key, sizes: solveSizes(n, mean, top20Share) };
  return lastSizes.sizes.slice();
}

// The starting sizes are the same for every run of a preset: solved once, copied per run.
let lastSizes: { key: string; sizes: Float64Array } = { key: "", sizes: new Float64Array(0) };

function solveSizes(n: number, mean: number, top20Share: number): Float64Array {
  const z = Float64Array.from({ length: n }, (_, i) => normalQuantile((i + 0.5) / n));
  const at = (sigma: number) => z.map((v) => Math.exp(sigma * v));
  let lo = 0.01;
  let hi = 4;
  for (let k = 0; k < 60 && n > 20; k++) {
    const mid = (lo + hi) / 2;
    if (top20Of(at(mid)) < top20Share) lo = mid;
    else hi = mid;
  }
  const sizes = at(n > 20 ? (lo + hi) / 2 : 0.8);
  const total = sizes.reduce((s, v) => s + v, 0);
  return sizes.map((v) => (v * mean * n) / total);
}

function regionDraw(shares: readonly number[], rng: SeededRandom): number {
  return indexByShare(shares, rng.next());
}

function addGroups(
  s: SectorState,
  count: number,
  associations: number,
  start: number,
  rng: SeededRandom,
) {
  for (let g = 0; g < count; g++) {
    const parent = associations - 1 - g * 2; // sizes ascending: parents among the largest
    if (parent < 0 || s.parent[parent] !== -1 || s.subsidiaries[parent]! > 0) continue;
    const subs = new Set<number>();
    for (let k = 1 + rng.below(3); k > 0; k--) {
      const sub = rng.below(parent);
      if (s.parent[sub] === -1 && s.subsidiaries[sub] === 0 && s.group[sub] === -1) subs.add(sub);
    }
    if (subs.size === 0) continue;
    const when = (start - 1 - rng.below(6)) * YEAR_CODE + rng.below(360);
    const p = addPartnership(s, FORM.group, rng.next() < 0.3 ? 6 : 5, when, parent);
    s.group[parent] = p;
    s.groupSeat[parent] = addMember(s, p, parent, 0, when);
    for (const sub of subs) {
      s.parent[sub] = parent;
      s.group[sub] = p;
      s.groupSeat[sub] = addMember(s, p, sub, 1, when);
      s.subsidiaries[parent]!++;
    }
  }
}

function addConsortia(
  s: SectorState,
  count: number,
  associations: number,
  start: number,
  rng: SeededRandom,
) {
  for (let c = 0; c < count; c++) {
    const when = (start - 1 - rng.below(5)) * YEAR_CODE + rng.below(360);
    const lead = associations - 1 - rng.below(Math.min(associations, 200));
    if (s.consortium[lead] !== -1) continue;
    const p = addPartnership(s, FORM.consortium, 2, when, lead);
    s.consortium[lead] = p;
    s.consortiumSeat[lead] = addMember(s, p, lead, 0, when);
    for (let k = 2 + rng.below(6); k > 0; k--) {
      const m = rng.below(associations);
      if (s.consortium[m] !== -1) continue;
      s.consortium[m] = p;
      s.consortiumSeat[m] = addMember(s, p, m, 1, when);
    }
  }
}

/**
 * The starting sector: associations with published sizes (largest `developers` developing), regions
 * by share, group structures among the largest, consortia, then charities and companies. Agents are
 * indexed by starting size; they act in a fresh random order each year (`actingOrder`).
 */
export function initialSector(
  init: InitialSector,
  start: number,
  rng: SeededRandom,
  capacity: number,
): SectorState {
  const n = init.organisations;
  const s = emptyState(Math.max(capacity, n + init.charities + init.companies));
  const sizes = quantileSizes(n, init.meanSize, init.top20Share);
  const developers = init.developers ?? n;
  const shares = init.regions.map((r) => r.share);
  for (let i = 0; i < n; i++) {
    const a = addAgent(s);
    s.size[a] = sizes[i]!;
    s.kind[a] = KIND.association;
    s.develops[a] = i >= n - developers ? 1 : 0;
    s.region[a] = regionDraw(shares, rng);
    s.born[a] = start - 20;
  }
  addGroups(s, init.groups, n, start, rng);
  addConsortia(s, init.consortia, n, start, rng);
  for (let k = 0; k < init.charities + init.companies; k++) {
    const a = addAgent(s);
    const charity = k < init.charities;
    s.kind[a] = charity ? KIND.charity : KIND.company;
    s.size[a] = Math.exp((charity ? 4 : 7.5) + 1.2 * normal(rng));
    s.region[a] = regionDraw(shares, rng);
    s.born[a] = start - 20;
  }
  for (let a = 0; a < s.n; a++) {
    s.reserves[a] = 0.3 * rng.next();
    s.debt[a] = Math.exp(0.5 * normal(rng));
  }
  return s;
}

/**
 * Draws a permutation of 0..n-1 (the order agents act in this year), in the first n places of
 * `into` when it is long enough (a view on it is returned), so years need not allocate.
 */
export function actingOrder(n: number, rng: SeededRandom, into?: Int32Array): Int32Array {
  const order = into && into.length >= n ? into.subarray(0, n) : new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return shuffleInPlace(order, rng);
}
