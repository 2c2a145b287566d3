import type {
  ConcentrationLevel,
  SectorFilter,
  SectorStatsResult,
} from "../../shared/landscape-results.ts";
import {
  assertIsoDate,
  existingOrganisationsOf,
  type LandscapeInput,
  type SizeMetric,
  sizeOf,
} from "./as-of.ts";
import {
  concentrationRatio,
  herfindahlIndex,
  type SizeDistribution,
  sizeDistributionOf,
} from "./concentration.ts";
import { groupSizesOf } from "./group-sizes.ts";
import { sectorAssumptionOf, sectorInputOf } from "./sector-filter.ts";

export type { ConcentrationLevel, SectorStatsResult } from "../../shared/landscape-results.ts";
export { CONCENTRATION_LEVELS } from "../../shared/landscape-results.ts";

/** What `sectorStatsOf` needs. */
export interface SectorStatsOptions {
  asOf: string;
  metric: SizeMetric;
  /** k of the concentration ratio CR_k (default 20, the Housing Corporation's top-20 share). */
  top?: number;
  level?: ConcentrationLevel;
  /** The set to measure (nation, kind); every organisation when absent. */
  filter?: SectorFilter;
}

/** The sizes the statistics run on: existing organisations' sizes, or their groups'. */
function sizesAsOf(input: LandscapeInput, o: Required<SectorStatsOptions>) {
  const existing = existingOrganisationsOf(sectorInputOf(input, o.filter), o.asOf);
  const known: number[] = [];
  for (const org of existing) {
    const size = sizeOf(org, o.asOf, o.metric);
    if (size !== null) known.push(size);
  }
  const unknown = existing.length - known.length;
  const counted = { organisations: existing.length, unknown };
  if (o.level === "entity") return { sizes: known, ...counted };
  const groups = groupSizesOf(existing, input.partnerships, o.asOf, o.metric);
  return { sizes: [...groups.values()], ...counted };
}

/** The assumptions a statistics result states: the set, when an organisation counts, what is weighed. */
function statsAssumptions(
  o: Required<SectorStatsOptions>,
  counts: { organisations: number; unknown: number },
): string[] {
  return [
    sectorAssumptionOf(o.filter),
    "An organisation counts from its first yearly figure, membership, commissioning or life-cycle event until it is dissolved, whatever its figures.",
    `${counts.unknown} of ${counts.organisations} organisations have no ${o.metric} recorded by ${o.asOf} and could not be weighed: total, mean, median, CR_${o.top} and HHI weigh the other ${counts.organisations - counts.unknown}.`,
    o.level === "group"
      ? "Group level: each subsidiary's size is added into its ultimate parent (group structures active that day); a parent outside the set does not hold its subsidiaries."
      : "Entity level: each legal entity is counted separately.",
  ];
}

/**
 * Sector statistics on a date for a set of organisations (nation, kind): count, total, mean,
 * median, CR_k and HHI, per entity or per group (docs/domain/housing-sector.md: concentration must
 * say which). Organisations without figures are counted and reported as not weighed. An empty
 * sector gives zeros and a note, never NaN.
 * @example sectorStatsOf(doc, { asOf: "2010-03-31", metric: "homes", top: 20 }).crTop.share // top-20 share
 */
export function sectorStatsOf(
  input: LandscapeInput,
  options: SectorStatsOptions,
): SectorStatsResult {
  const o = statsOptionsOf(options);
  const { sizes, organisations, unknown } = sizesAsOf(input, o);
  return statsResultOf(o, sizeDistributionOf(sizes), {
    crShare: concentrationRatio(sizes, o.top),
    hhi: herfindahlIndex(sizes),
    organisations,
    unknown,
  });
}

/** The options with their defaults, the date checked. */
export function statsOptionsOf(options: SectorStatsOptions): Required<SectorStatsOptions> {
  const o = { top: 20, level: "entity" as ConcentrationLevel, filter: {}, ...options };
  assertIsoDate(o.asOf, "asOf");
  return o;
}

/** A statistics result from its measures (shared by `sectorStatsOf` and the indexed version). */
export function statsResultOf(
  o: Required<SectorStatsOptions>,
  d: SizeDistribution,
  m: { crShare: number; hhi: number; organisations: number; unknown: number },
): SectorStatsResult {
  const empty = d.empty || d.total === 0;
  return {
    asOf: o.asOf,
    metric: o.metric,
    level: o.level,
    filter: o.filter,
    organisations: m.organisations,
    weighed: d.count,
    unknown: m.unknown,
    total: d.total,
    mean: d.mean,
    median: d.median,
    crTop: { k: o.top, share: m.crShare },
    hhi: m.hhi,
    empty,
    note: empty ? `no organisation has a known ${o.metric} on ${o.asOf}` : null,
    assumptions: statsAssumptions(o, m),
  };
}
