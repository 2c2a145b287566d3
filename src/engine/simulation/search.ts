import type { SeededRandom } from "../graph/index.ts";
import type { SectorState } from "./state.ts";

/**
 * Who can be found as a partner this year: alive associations that are not subsidiaries, grouped by
 * region, with running totals of size so a draw is size-weighted (lenders and partners look to
 * scale). Built once a year: O(n), then each draw is a binary search. The arrays may be longer
 * than `count` (they are reused from year to year).
 */
export interface PartnerIndex {
  count: number;
  ids: Int32Array;
  cumulative: Float64Array;
  /** Region r's candidates are ids[offsets[r] .. offsets[r + 1]). */
  offsets: Int32Array;
  national: Float64Array;
}

/** Arrays of at least `length`, reusing the previous year's index when it is big enough. */
function storage(length: number, into?: PartnerIndex) {
  if (into && into.ids.length >= length) return into;
  const room = Math.ceil(length * 1.25);
  return {
    ids: new Int32Array(room),
    cumulative: new Float64Array(room),
    national: new Float64Array(room),
  };
}

/** Builds the year's partner index (reusing the arrays of `into`, last year's index, when given). */
export function partnerIndex(s: SectorState, regions: number, into?: PartnerIndex): PartnerIndex {
  const counts = new Int32Array(regions + 1);
  const { alive, parent, kind, region, size } = s;
  // Eligible: alive, not a subsidiary, an association (kind ≤ 1, isAssociation inlined).
  const ok = (a: number) => alive[a] === 1 && parent[a] === -1 && kind[a]! <= 1;
  for (let a = 0; a < s.n; a++) if (ok(a)) counts[region[a]! + 1]!++;
  for (let r = 1; r <= regions; r++) counts[r]! += counts[r - 1]!;
  const offsets = Int32Array.from(counts);
  const fill = counts;
  const count = offsets[regions]!;
  const { ids, cumulative, national } = storage(count, into);
  for (let a = 0; a < s.n; a++) if (ok(a)) ids[fill[region[a]!]!++] = a;
  let all = 0;
  for (let r = 0; r < regions; r++) {
    let within = 0;
    for (let k = offsets[r]!; k < offsets[r + 1]!; k++) {
      const v = size[ids[k]!]!;
      within += v;
      all += v;
      cumulative[k] = within;
      national[k] = all;
    }
  }
  return { count, ids, cumulative, offsets, national };
}

function searchFrom(totals: Float64Array, lo: number, hi: number, target: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (totals[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A size-weighted draw of a partner in `region` (or nationally): -1 when there is none. The index
 * is a snapshot of the year's start, so the caller checks the partner is still there.
 */
export function drawPartner(
  index: PartnerIndex,
  region: number,
  local: boolean,
  rng: SeededRandom,
): number {
  if (local) {
    const lo = index.offsets[region]!;
    const hi = index.offsets[region + 1]!;
    if (hi <= lo) return -1;
    return index.ids[
      searchFrom(index.cumulative, lo, hi - 1, rng.next() * index.cumulative[hi - 1]!)
    ]!;
  }
  const n = index.count;
  if (n === 0) return -1;
  return index.ids[searchFrom(index.national, 0, n - 1, rng.next() * index.national[n - 1]!)]!;
}
