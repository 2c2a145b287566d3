/** The Landscape module's pure parts: time travel, portfolio, network, sector analytics, synthetic sectors. */
export {
  assertIsoDate,
  dissolutionDatesOf,
  existingOrganisationsOf,
  firstSeenDatesOf,
  isMembershipActive,
  isOrganisationExisting,
  isPartnershipActive,
  type LandscapeInput,
  SIZE_METRICS,
  type SizeMetric,
  sizeOf,
  yearAfter,
  yearOf,
} from "./as-of.ts";
export { brokersOf } from "./brokers.ts";
export {
  concentrationRatio,
  herfindahlIndex,
  type SizeDistribution,
  sizeDistributionOf,
} from "./concentration.ts";
export {
  type ConstitutionalChangeOptions,
  type ConstitutionalChangeResult,
  constitutionalChangeOf,
} from "./constitutional-change.ts";
export { type GenerateSectorOptions, generateSector } from "./generate-sector.ts";
export { groupSizesOf, parentsAsOf } from "./group-sizes.ts";
export { type LandscapeSnapshot, landscapeAsOf } from "./landscape-as-of.ts";
export {
  dayNumber,
  type LandscapeIndex,
  landscapeIndexOf,
  landscapeIndexOfSources,
  SIZE_COLUMNS_KEPT,
  type SizeColumn,
  type SizeOrder,
} from "./landscape-index.ts";
export {
  CONSTITUTIONAL_EVENT_TYPES,
  DEFAULT_POLICY_MARKERS,
  type EventsByYear,
  eventsByYear,
  type MergerWavesOptions,
  type MergerWavesResult,
  mergerWavesOf,
  type PolicyMarker,
  sectorWavesOf,
} from "./merger-waves.ts";
export {
  type NetworkEdge,
  type NetworkFilters,
  type NetworkNode,
  type NetworkResult,
  networkOf,
} from "./network.ts";
export { edgesCsv, nodesCsv } from "./network-csv.ts";
export { networkIndexed } from "./network-indexed.ts";
export {
  type LandscapeSources,
  type OrganisationColumns,
  OrganisationColumnsBuilder,
  type OrganisationRow,
  organisationAt,
  organisationColumnsOf,
} from "./organisation-columns.ts";
export { type PairInterval, pairIntervalsOf } from "./pair-intervals.ts";
export {
  type Dependency,
  type PortfolioEntry,
  type PortfolioResult,
  portfolioOf,
} from "./portfolio.ts";
export { type PortfolioIndex, portfolioIndexOf, portfolioInputOf } from "./portfolio-index.ts";
export {
  isInSector,
  type SectorFilter,
  sectorAssumptionOf,
  sectorEventsOf,
  sectorInputOf,
  sectorSetOf,
} from "./sector-filter.ts";
export {
  type OrganisationMeasures,
  type SectorNetworkOptions,
  type SectorNetworkResult,
  sectorNetworkOf,
} from "./sector-network.ts";
export {
  CONCENTRATION_LEVELS,
  type ConcentrationLevel,
  type SectorStatsOptions,
  type SectorStatsResult,
  sectorStatsOf,
} from "./sector-stats.ts";
export { sectorStatsIndexed } from "./sector-stats-indexed.ts";
export { sizeColumnOf, sizeOrderOf } from "./size-columns.ts";
export { type StageChanges, stageChangesOf, stageOnDate } from "./stage-on-date.ts";
export {
  stageSequenceOf,
  type TransitionPath,
  type TransitionsResult,
  transitionsOf,
} from "./transitions.ts";
