import type { ConcentrationLevel, SectorStatsResult } from "../../shared/landscape-results.ts";
import {
  assertIsoDate,
  dissolutionDatesOf,
  isOrganisationExisting,
  type LandscapeInput,
  type SizeMetric,
  sizeOf,
} from "./as-of.ts";
import { concentrationRatio, herfindahlIndex, sizeDistributionOf } from "./concentration.ts";
import { groupSizesOf } from "./group-sizes.ts";

export type { ConcentrationLevel, SectorStatsResult } from "../../shared/landscape-results.ts";
export { CONCENTRATION_LEVELS } from "../../shared/landscape-results.ts";

/** What `sectorStatsOf` needs. */
export interface SectorStatsOptions {
  asOf: string;
  metric: SizeMetric;
  /** k of the concentration ratio CR_k (default 20, the Housing Corporation's top-20 share). */
  top?: number;
  level?: ConcentrationLevel;
}

/** The sizes the statistics run on: existing organisations' sizes, or their groups'. */
function sizesAsOf(input: LandscapeInput, o: Required<SectorStatsOptions>) {
  const dissolved = dissolutionDatesOf(input.events);
  const existing = input.organisations.filter((org) =>
    isOrganisationExisting(org, o.asOf, dissolved.get(org.id)),
  );
  const known: number[] = [];
  for (const org of existing) {
    const size = sizeOf(org, o.asOf, o.metric);
    if (size !== null) known.push(size);
  }
  const unknown = existing.length - known.length;
  if (o.level === "entity") return { sizes: known, unknown };
  const groups = groupSizesOf(existing, input.partnerships, o.asOf, o.metric);
  return { sizes: [...groups.values()], unknown };
}

/**
 * Sector statistics on a date: count, total, mean, median, CR_k and HHI, per entity or per group
 * (docs/domain/housing-sector.md: concentration must say which). An empty sector gives zeros and a note, never NaN.
 * @example sectorStatsOf(doc, { asOf: "2010-03-31", metric: "homes", top: 20 }).crTop.share // top-20 share
 */
export function sectorStatsOf(
  input: LandscapeInput,
  options: SectorStatsOptions,
): SectorStatsResult {
  const o = { top: 20, level: "entity" as ConcentrationLevel, ...options };
  assertIsoDate(o.asOf, "asOf");
  const { sizes, unknown } = sizesAsOf(input, o);
  const d = sizeDistributionOf(sizes);
  const empty = d.empty || d.total === 0;
  return {
    asOf: o.asOf,
    metric: o.metric,
    level: o.level,
    organisations: d.count,
    unknown,
    total: d.total,
    mean: d.mean,
    median: d.median,
    crTop: { k: o.top, share: concentrationRatio(sizes, o.top) },
    hhi: herfindahlIndex(sizes),
    empty,
    note: empty ? `no organisation has a known ${o.metric} on ${o.asOf}` : null,
  };
}
