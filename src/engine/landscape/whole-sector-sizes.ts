import type { LandscapeIndex, SizeColumn } from "./landscape-index.ts";
import { sizeOrderOf } from "./size-columns.ts";

/**
 * For the whole sector (no nation or kind filter): each known size beside its organisation's
 * first and dissolution days, once in input order and once largest first. A date's sizes are then
 * two sequential passes over short arrays, with no flag per organisation and no random reads.
 */
export interface WholeSectorSizes {
  readonly inputFrom: Int32Array;
  readonly inputUntil: Int32Array;
  readonly inputSizes: Float64Array;
  readonly descFrom: Int32Array;
  readonly descUntil: Int32Array;
  readonly descSizes: Float64Array;
}

const built = new WeakMap<SizeColumn, WholeSectorSizes>();
const counters = new WeakMap<LandscapeIndex, { from: Float64Array; until: Float64Array }>();

/** A day as a 32-bit integer: ±∞ become the extremes, which order the same against real days. */
function day32(day: number): number {
  if (day === Number.NEGATIVE_INFINITY) return -2_147_483_648;
  if (day === Number.POSITIVE_INFINITY) return 2_147_483_647;
  return day;
}

/** The column's sizes with existence days, in input order and largest first; built once a column. */
export function wholeSectorSizesOf(index: LandscapeIndex, column: SizeColumn): WholeSectorSizes {
  const found = built.get(column);
  if (found) return found;
  const { descending, descendingSizes } = sizeOrderOf(column);
  const k = column.known;
  const from = index.existsFrom;
  const until = index.dissolvedOn;
  const whole = {
    inputFrom: new Int32Array(k),
    inputUntil: new Int32Array(k),
    inputSizes: new Float64Array(k),
    descFrom: new Int32Array(k),
    descUntil: new Int32Array(k),
    descSizes: descendingSizes,
  };
  for (let i = 0, j = 0; i < column.sizes.length; i++) {
    if (Number.isNaN(column.sizes[i]!)) continue;
    whole.inputFrom[j] = day32(from[i]!);
    whole.inputUntil[j] = day32(until[i]!);
    whole.inputSizes[j++] = column.sizes[i]!;
  }
  for (let j = 0; j < k; j++) {
    whole.descFrom[j] = day32(from[descending[j]!]!);
    whole.descUntil[j] = day32(until[descending[j]!]!);
  }
  built.set(column, whole);
  return whole;
}

/** How many of the sorted values are ≤ x. */
function countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many organisations exist on day d, by two binary searches: of the organisations whose
 * existence is not empty (first day before dissolution), those begun by d less those dissolved
 * by d (a dissolved one had begun, since it began before its dissolution).
 */
export function existingCountOn(index: LandscapeIndex, d: number): number {
  let c = counters.get(index);
  if (!c) {
    const from: number[] = [];
    const until: number[] = [];
    index.existsFrom.forEach((f, i) => {
      if (!(f < index.dissolvedOn[i]!)) return;
      from.push(f);
      until.push(index.dissolvedOn[i]!);
    });
    c = { from: Float64Array.from(from).sort(), until: Float64Array.from(until).sort() };
    counters.set(index, c);
  }
  return countAtMost(c.from, d) - countAtMost(c.until, d);
}
