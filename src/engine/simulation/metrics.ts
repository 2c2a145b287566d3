import type { SimulationParameters } from "../../shared/simulation.ts";
import { FORM, type SectorState } from "./state.ts";
import { topShareOf } from "./top-share.ts";

/** One run's statistics by year (states at the start of each year, flows during it). */
export interface RunMetrics {
  start: number;
  organisations: Float64Array;
  meanSize: Float64Array;
  top20Entity: Float64Array;
  top20Group: Float64Array;
  mergers: Float64Array;
  /** Eight values per year: stage 0 (stand-alone organisations) … 7 (mergers so far). */
  stages: Float64Array;
  procurementGroups: Float64Array;
  /** 1 when every mandated group's size is within the mandate's range that year. */
  procurementInRange: Float64Array;
  /** [organisations at the window's start, of them changed, large, large changed]. */
  constitutional: Float64Array;
}

/** Empty metrics for `years` years from `start`. */
export function emptyMetrics(start: number, years: number): RunMetrics {
  const f = () => new Float64Array(years);
  return {
    start,
    organisations: f(),
    meanSize: f(),
    top20Entity: f(),
    top20Group: f(),
    mergers: f(),
    stages: new Float64Array(years * 8),
    procurementGroups: f(),
    procurementInRange: f(),
    constitutional: new Float64Array(4),
  };
}

/** Share of the total held by the 20 largest of values[0..count). */
export function top20ShareOf(values: Float64Array, count: number): number {
  return topShareOf(values, count, 20);
}

/**
 * Records the state at the start of year index y: counts, sizes, shares and partnerships by stage.
 * `work` (at least 2 × agents long) is reused scratch space, so a run's years do not allocate.
 */
export function measure(
  s: SectorState,
  p: SimulationParameters,
  m: RunMetrics,
  y: number,
  mergersSoFar: number,
  work: Float64Array = new Float64Array(2 * s.n),
): void {
  const n = s.n;
  const buffer = work.length >= 2 * n ? work : new Float64Array(2 * n);
  const entity = buffer.subarray(0, n);
  const unit = buffer.subarray(n, 2 * n).fill(0);
  const { alive, kind, size, parent } = s;
  let count = 0;
  let total = 0;
  let alone = 0;
  for (let a = 0; a < n; a++) {
    // kind ≤ 1: an association (isAssociation, inlined in this hot loop).
    if (!alive[a] || kind[a]! > 1) continue;
    const v = size[a]!;
    entity[count++] = v;
    total += v;
    const top = parent[a]!;
    unit[top >= 0 ? top : a]! += v;
    if (top === -1 && s.group[a] === -1 && s.consortium[a] === -1 && s.chain[a] === -1) alone++;
  }
  let units = 0;
  for (let a = 0; a < n; a++) if (unit[a]! > 0) unit[units++] = unit[a]!;
  m.organisations[y] = count;
  m.meanSize[y] = count > 0 ? total / count : 0;
  m.top20Entity[y] = top20ShareOf(entity, count);
  m.top20Group[y] = top20ShareOf(unit, units);
  const stages = m.stages.subarray(y * 8, y * 8 + 8);
  stages[0] = alone;
  stages[7] = mergersSoFar;
  measurePartnerships(s, p, m, y, stages);
}

/** Partnerships by stage, and the mandated procurement groups and whether all are within range. */
function measurePartnerships(
  s: SectorState,
  p: SimulationParameters,
  m: RunMetrics,
  y: number,
  stages: Float64Array,
): void {
  const { form, stage, end } = s.partnerships;
  // Members alive in each consortium-like partnership (indexed by partnership).
  const sizes = new Int32Array(form.length);
  const { alive, consortium } = s;
  for (let a = 0; a < s.n; a++) if (alive[a] && consortium[a]! >= 0) sizes[consortium[a]!]!++;
  let inRange = 1;
  for (let g = 0; g < form.length; g++) {
    if (end.data[g] !== -1) continue;
    stages[stage.data[g]!]!++;
    if (form.data[g] !== FORM.procurementGroup) continue;
    m.procurementGroups[y]!++;
    const k = sizes[g]!;
    if (k < p.procurementGroupMin || k > p.procurementGroupMax) inRange = 0;
  }
  m.procurementInRange[y] = inRange;
}

/** Counts constitutional change over the window: who existed at its start, who changed, large ones. */
export function measureChange(
  s: SectorState,
  sizeAtWindow: Float64Array,
  to: number,
  large: number,
  m: RunMetrics,
): void {
  const c = m.constitutional;
  c.fill(0);
  for (let a = 0; a < sizeAtWindow.length; a++) {
    if (!(sizeAtWindow[a]! >= 0)) continue;
    const changed = s.changed[a]! > 0 && s.changed[a]! < to ? 1 : 0;
    c[0]!++;
    c[1]! += changed;
    if (sizeAtWindow[a]! >= large) {
      c[2]!++;
      c[3]! += changed;
    }
  }
}
