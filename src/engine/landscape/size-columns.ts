import type { SizeMetric } from "./as-of.ts";
import {
  type LandscapeIndex,
  SIZE_COLUMNS_KEPT,
  type SizeColumn,
  type SizeOrder,
} from "./landscape-index.ts";

/** Organisation i's size in `year` (`sizeOf`): its latest fact with year ≤ `year`; NaN when none. */
function sizeInYear(index: LandscapeIndex, values: Float64Array, i: number, year: number): number {
  let best = -1;
  let value = Number.NaN;
  for (let j = index.factStart[i]!; j < index.factStart[i + 1]!; j++) {
    const y = index.factYear[j]!;
    if (y > year) break;
    if (y > best) {
      best = y;
      value = values[j]!;
    }
  }
  return value;
}

/** The latest fact year ≤ year (sizes are the same in both years), or −∞ when there is none. */
function factEpochOf(index: LandscapeIndex, year: number): number {
  const ys = index.factYears;
  let lo = 0;
  let hi = ys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ys[mid]! <= year) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? Number.NEGATIVE_INFINITY : ys[lo - 1]!;
}

/** First position in ascending `sorted` whose value is not below `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A column's organisations of known size by size, largest first, built once and kept on it. The
 * sizes are sorted natively and each organisation placed at its value's rank (ties side by side):
 * several times faster than sorting positions with a comparator, and it runs on the event loop.
 */
export function sizeOrderOf(column: SizeColumn): SizeOrder {
  if (column.order) return column.order;
  const { sizes, known } = column;
  const ascending = new Float64Array(known);
  for (let i = 0, k = 0; i < sizes.length; i++)
    if (!Number.isNaN(sizes[i]!)) ascending[k++] = sizes[i]!;
  ascending.sort();
  const taken = new Int32Array(known);
  const descending = new Int32Array(known);
  for (let i = 0; i < sizes.length; i++) {
    if (Number.isNaN(sizes[i]!)) continue;
    const at = lowerBound(ascending, sizes[i]!);
    descending[known - 1 - (at + taken[at]!++)] = i;
  }
  column.order = { descending, descendingSizes: ascending.reverse() };
  return column.order;
}

/**
 * Every organisation's size on a date in `year`, with those of known size sorted largest first;
 * built once per metric and fact year and kept (the least recently used dropped beyond a bound).
 */
export function sizeColumnOf(index: LandscapeIndex, metric: SizeMetric, year: number): SizeColumn {
  const epoch = factEpochOf(index, year);
  const key = `${metric}:${epoch}`;
  const kept = index.columns.get(key);
  if (kept) {
    index.columns.delete(key);
    index.columns.set(key, kept);
    return kept;
  }
  const column = steppedColumnOf(index, metric, epoch) ?? fullColumnOf(index, metric, epoch);
  index.columns.set(key, column);
  if (index.columns.size > SIZE_COLUMNS_KEPT)
    index.columns.delete(index.columns.keys().next().value!);
  return column;
}

/** Every organisation's size at `epoch`, computed afresh. */
function fullColumnOf(index: LandscapeIndex, metric: SizeMetric, epoch: number): SizeColumn {
  const n = index.existsFrom.length;
  const sizes = new Float64Array(n);
  let known = 0;
  for (let i = 0; i < n; i++) {
    sizes[i] = sizeInYear(index, index.factValue[metric], i, epoch);
    if (!Number.isNaN(sizes[i]!)) known++;
  }
  return { sizes, known };
}

const byYear = new WeakMap<LandscapeIndex, Map<number, number[]>>();

/** The organisations with a fact in a year after `after` up to `upTo`, each once. */
function changedBetween(index: LandscapeIndex, after: number, upTo: number): number[] {
  let years = byYear.get(index);
  if (!years) {
    years = new Map();
    for (let i = 0; i < index.existsFrom.length; i++)
      for (let j = index.factStart[i]!; j < index.factStart[i + 1]!; j++) {
        const list = years.get(index.factYear[j]!) ?? [];
        if (list.at(-1) !== i) list.push(i);
        years.set(index.factYear[j]!, list);
      }
    byYear.set(index, years);
  }
  const seen = new Set<number>();
  for (const y of index.factYears)
    if (y > after && y <= upTo) for (const i of years.get(y)!) seen.add(i);
  return [...seen];
}

/**
 * The column at `epoch` stepped from the nearest kept column of an earlier epoch, when few
 * organisations have facts in between (a founding year, not a year every organisation reports):
 * their sizes are recomputed and, if the earlier column was ordered, they are merged into its
 * order instead of sorting everything again. Undefined when there is nothing close to step from.
 */
function steppedColumnOf(index: LandscapeIndex, metric: SizeMetric, epoch: number) {
  let from: SizeColumn | undefined;
  let fromEpoch = Number.NEGATIVE_INFINITY;
  for (const [key, column] of index.columns) {
    const [m, e] = key.split(":");
    if (m === metric && Number(e) < epoch && Number(e) >= fromEpoch) {
      from = column;
      fromEpoch = Number(e);
    }
  }
  if (!from) return undefined;
  const changed = changedBetween(index, fromEpoch, epoch);
  if (changed.length * 8 > index.existsFrom.length) return undefined;
  const sizes = from.sizes.slice();
  let known = from.known;
  for (const i of changed) {
    if (!Number.isNaN(sizes[i]!)) known--;
    sizes[i] = sizeInYear(index, index.factValue[metric], i, epoch);
    if (!Number.isNaN(sizes[i]!)) known++;
  }
  const column: SizeColumn = { sizes, known };
  if (from.order) column.order = mergedOrderOf(from.order, changed, sizes, known);
  return column;
}

/** An order with the changed organisations taken out and put back at their new sizes. */
function mergedOrderOf(old: SizeOrder, changed: number[], sizes: Float64Array, known: number) {
  const isChanged = new Uint8Array(sizes.length);
  for (const i of changed) isChanged[i] = 1;
  const added = changed
    .filter((i) => !Number.isNaN(sizes[i]!))
    .sort((a, b) => sizes[b]! - sizes[a]!);
  const descending = new Int32Array(known);
  const descendingSizes = new Float64Array(known);
  let a = 0;
  let k = 0;
  for (let j = 0; j < old.descending.length; j++) {
    const i = old.descending[j]!;
    if (isChanged[i] === 1) continue;
    while (a < added.length && sizes[added[a]!]! > sizes[i]!) {
      descendingSizes[k] = sizes[added[a]!]!;
      descending[k++] = added[a++]!;
    }
    descendingSizes[k] = sizes[i]!;
    descending[k++] = i;
  }
  for (; a < added.length; a++) {
    descendingSizes[k] = sizes[added[a]!]!;
    descending[k++] = added[a]!;
  }
  return { descending, descendingSizes };
}
