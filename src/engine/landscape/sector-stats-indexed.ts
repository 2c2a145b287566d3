import type { SectorFilter } from "../../shared/landscape-results.ts";
import { yearOf } from "./as-of.ts";
import { concentrationRatio, herfindahlIndex, sizeDistributionOf } from "./concentration.ts";
import { parentsAsOf, ultimateParent } from "./group-sizes.ts";
import { dayNumber, existsOn, type LandscapeIndex, type SizeColumn } from "./landscape-index.ts";
import {
  type SectorStatsOptions,
  type SectorStatsResult,
  statsOptionsOf,
  statsResultOf,
} from "./sector-stats.ts";
import { sizeColumnOf, sizeOrderOf } from "./size-columns.ts";
import { existingCountOn, wholeSectorSizesOf } from "./whole-sector-sizes.ts";

/** Whether organisation i is in the set and exists on day d. */
function counts(index: LandscapeIndex, filter: SectorFilter, i: number, d: number): boolean {
  return existsOn(index, i, d) && inSectorAt(index, i, filter);
}

/** `isInSector` of organisation i, read from the columns. */
function inSectorAt(index: LandscapeIndex, i: number, filter: SectorFilter): boolean {
  const c = index.organisations;
  return (
    (filter.nation === undefined || c.nation[i] === filter.nation) &&
    (filter.kind === undefined || c.kind[i] === filter.kind)
  );
}

/** Scratch arrays reused by every request on an index (answers are computed synchronously). */
const scratch = new WeakMap<
  LandscapeIndex,
  { sizes: Float64Array; counted: Uint8Array; desc: Float64Array }
>();

function scratchOf(index: LandscapeIndex) {
  let found = scratch.get(index);
  if (!found) {
    const n = index.existsFrom.length;
    found = { sizes: new Float64Array(n), counted: new Uint8Array(n), desc: new Float64Array(n) };
    scratch.set(index, found);
  }
  return found;
}

/**
 * One pass in input order: which organisations count on d (a flag each), how many, and the known
 * sizes in input order — the order HHI sums them in.
 */
function inputOrderSizes(
  index: LandscapeIndex,
  column: SizeColumn,
  filter: SectorFilter,
  d: number,
) {
  const { sizes, counted } = scratchOf(index);
  const from = index.existsFrom;
  const until = index.dissolvedOn;
  const values = column.sizes;
  const all = filter.nation === undefined && filter.kind === undefined;
  let known = 0;
  let organisations = 0;
  for (let i = 0; i < from.length; i++) {
    const yes = from[i]! <= d && d < until[i]! && (all || inSectorAt(index, i, filter));
    counted[i] = yes ? 1 : 0;
    if (!yes) continue;
    organisations++;
    const s = values[i]!;
    if (!Number.isNaN(s)) sizes[known++] = s;
  }
  return { sizes: sizes.subarray(0, known), organisations, counted };
}

/** The same sizes largest first, read down the column's order (no sort per request). */
function descendingSizes(
  index: LandscapeIndex,
  column: SizeColumn,
  counted: Uint8Array,
  known: number,
) {
  const { descending: order, descendingSizes: values } = sizeOrderOf(column);
  const out = scratchOf(index).desc.subarray(0, known);
  for (let k = 0, m = 0; m < known; k++) if (counted[order[k]!] === 1) out[m++] = values[k]!;
  return out;
}

/** A filtered set's sizes on d: a pass in input order that flags who counts, then the order. */
function filteredOn(index: LandscapeIndex, column: SizeColumn, filter: SectorFilter, d: number) {
  const { sizes, organisations, counted } = inputOrderSizes(index, column, filter, d);
  return { sizes, organisations, desc: descendingSizes(index, column, counted, sizes.length) };
}

/** The whole sector's sizes on d: existence counted by binary search, sizes in two passes. */
function wholeSectorOn(index: LandscapeIndex, column: SizeColumn, d: number) {
  const w = wholeSectorSizesOf(index, column);
  const buffers = scratchOf(index);
  let k = 0;
  for (let j = 0; j < w.inputSizes.length; j++)
    if (w.inputFrom[j]! <= d && d < w.inputUntil[j]!) buffers.sizes[k++] = w.inputSizes[j]!;
  let m = 0;
  for (let j = 0; j < w.descSizes.length; j++)
    if (w.descFrom[j]! <= d && d < w.descUntil[j]!) buffers.desc[m++] = w.descSizes[j]!;
  return {
    sizes: buffers.sizes.subarray(0, k),
    organisations: existingCountOn(index, d),
    desc: buffers.desc.subarray(0, m),
  };
}

/** `sizeDistributionOf` of sizes given largest first: the same sums in the same (ascending) order. */
function distributionOfDescending(desc: Float64Array) {
  const n = desc.length;
  if (n === 0) return { count: 0, total: 0, mean: 0, median: 0, empty: true };
  let total = 0;
  for (let i = n - 1; i >= 0; i--) total += desc[i]!;
  const mid = n >> 1;
  const at = (j: number) => desc[n - 1 - j]!; // j-th smallest
  const median = n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return { count: n, total, mean: total / n, median, empty: false };
}

/** `concentrationRatio` of sizes given largest first. */
function concentrationOfDescending(desc: Float64Array, k: number): number {
  let total = 0;
  for (let i = 0; i < desc.length; i++) total += desc[i]!;
  if (total <= 0 || k <= 0) return 0;
  let top = 0;
  for (let i = 0; i < Math.min(k, desc.length); i++) top += desc[i]!;
  return top / total;
}

/**
 * `groupSizesOf` of the organisations counting on d, their sizes read from the column (the same
 * `sizeOf` values), added into their ultimate parents in input order as it adds them.
 */
function groupSizesIndexed(index: LandscapeIndex, o: Required<SectorStatsOptions>, d: number) {
  const column = sizeColumnOf(index, o.metric, yearOf(o.asOf));
  const ids = index.organisations.id;
  const existing: number[] = [];
  for (let i = 0; i < ids.length; i++) if (counts(index, o.filter, i, d)) existing.push(i);
  const present = new Set(existing.map((i) => ids[i]!));
  const parents = parentsAsOf(index.groupStructures, o.asOf);
  // A parent not among the organisations (not yet formed, or dissolved) cannot hold the subsidiary.
  for (const [child, parent] of parents) if (!present.has(parent)) parents.delete(child);
  const sizes = new Map<string, number>();
  let unknown = 0;
  for (const i of existing) {
    const size = column.sizes[i]!;
    if (Number.isNaN(size)) {
      unknown++;
      continue;
    }
    const top = parents.size > 0 ? ultimateParent(ids[i]!, parents) : ids[i]!;
    sizes.set(top, (sizes.get(top) ?? 0) + size);
  }
  return { sizes: [...sizes.values()], organisations: existing.length, unknown };
}

/** Group level: the existing organisations' sizes added into their groups, as `sectorStatsOf`. */
function groupStats(index: LandscapeIndex, o: Required<SectorStatsOptions>, d: number) {
  const { sizes, organisations, unknown } = groupSizesIndexed(index, o, d);
  return statsResultOf(o, sizeDistributionOf(sizes), {
    crShare: concentrationRatio(sizes, o.top),
    hhi: herfindahlIndex(sizes),
    organisations,
    unknown,
  });
}

/**
 * `sectorStatsOf` answered from an index: equal results (same sums in the same order), read off
 * typed arrays and a size column sorted once per metric and fact year instead of scanning and
 * sorting the whole landscape on every request.
 * @example sectorStatsIndexed(landscapeIndexOf(doc), { asOf: "2010-03-31", metric: "homes" }).hhi
 */
export function sectorStatsIndexed(
  index: LandscapeIndex,
  options: SectorStatsOptions,
): SectorStatsResult {
  const o = statsOptionsOf(options);
  const d = dayNumber(o.asOf);
  if (o.level === "group") return groupStats(index, o, d);
  const column = sizeColumnOf(index, o.metric, yearOf(o.asOf));
  const whole = o.filter.nation === undefined && o.filter.kind === undefined;
  const { sizes, organisations, desc } = whole
    ? wholeSectorOn(index, column, d)
    : filteredOn(index, column, o.filter, d);
  return statsResultOf(o, distributionOfDescending(desc), {
    crShare: concentrationOfDescending(desc, o.top),
    hhi: herfindahlIndex(sizes),
    organisations,
    unknown: organisations - sizes.length,
  });
}
