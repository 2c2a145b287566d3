import type { SimulationParameters } from "../../shared/simulation.ts";
import { kthLargest } from "./random.ts";
import { FORM, type SectorState } from "./state.ts";
import { isAssociation } from "./step.ts";

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
export function top20ShareOf(values: Float64Array, count: number, scratch: Float64Array): number {
  let total = 0;
  for (let i = 0; i < count; i++) total += values[i]!;
  if (total <= 0) return 0;
  if (count <= 20) return 1;
  const threshold = kthLargest(values, count, 20, scratch);
  let top = 0;
  let above = 0;
  for (let i = 0; i < count; i++)
    if (values[i]! > threshold) {
      top += values[i]!;
      above++;
    }
  return (top + (20 - above) * threshold) / total;
}

/** Records the state at the start of year index y: counts, sizes, shares and partnerships by stage. */
export function measure(
  s: SectorState,
  p: SimulationParameters,
  m: RunMetrics,
  y: number,
  mergersSoFar: number,
): void {
  const entity = new Float64Array(s.n);
  const unit = new Float64Array(s.n);
  const scratch = new Float64Array(s.n);
  let count = 0;
  let total = 0;
  let alone = 0;
  for (let a = 0; a < s.n; a++) {
    if (!s.alive[a] || !isAssociation(s, a)) continue;
    entity[count++] = s.size[a]!;
    total += s.size[a]!;
    unit[s.parent[a]! >= 0 ? s.parent[a]! : a]! += s.size[a]!;
    if (s.parent[a] === -1 && s.group[a] === -1 && s.consortium[a] === -1 && s.chain[a] === -1)
      alone++;
  }
  let units = 0;
  for (let a = 0; a < s.n; a++) if (unit[a]! > 0) unit[units++] = unit[a]!;
  m.organisations[y] = count;
  m.meanSize[y] = count > 0 ? total / count : 0;
  m.top20Entity[y] = top20ShareOf(entity, count, scratch);
  m.top20Group[y] = top20ShareOf(unit, units, scratch);
  const stages = m.stages.subarray(y * 8, y * 8 + 8);
  stages[0] = alone;
  stages[7] = mergersSoFar;
  const sizes = new Map<number, number>();
  for (let a = 0; a < s.n; a++)
    if (s.alive[a] && s.consortium[a]! >= 0)
      sizes.set(s.consortium[a]!, (sizes.get(s.consortium[a]!) ?? 0) + 1);
  let inRange = 1;
  for (let g = 0; g < s.partnerships.form.length; g++) {
    if (s.partnerships.end.at(g) !== -1) continue;
    stages[s.partnerships.stage.at(g)]!++;
    if (s.partnerships.form.at(g) !== FORM.procurementGroup) continue;
    m.procurementGroups[y]!++;
    const k = sizes.get(g) ?? 0;
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
