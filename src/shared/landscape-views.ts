/**
 * Response schemas of the landscape and sector routes (src/api/routes/landscape.ts): the engine's
 * results, whose types are declared in landscape-results.ts, documented as objects and passed on
 * whole (their fields are the engine's, typed for the web by those declarations).
 */
import { declaredObject } from "./api-common.ts";
import type {
  ConstitutionalChangeResult,
  MergerWavesResult,
  NetworkResult,
  PortfolioResult,
  SectorNetworkResult,
  SectorStatsResult,
  TransitionsResult,
} from "./landscape-results.ts";

/** One organisation's partnerships as of a date (PortfolioResult). */
export const portfolioResultSchema = declaredObject<PortfolioResult>(
  "An organisation's portfolio as of a date: entries, largest shares, dependencies (PortfolioResult)",
);

/** Who works with whom as of a date (NetworkResult). */
export const networkResultSchema = declaredObject<NetworkResult>(
  "The network as of a date: nodes and edges (NetworkResult)",
);

/** Size distribution and concentration (SectorStatsResult). */
export const sectorStatsSchema = declaredObject<SectorStatsResult>(
  "Size distribution and concentration, CR_k and HHI (SectorStatsResult)",
);

/** Constitutional change between two dates (ConstitutionalChangeResult). */
export const sectorChangesSchema = declaredObject<ConstitutionalChangeResult>(
  "Constitutional change between two dates (ConstitutionalChangeResult)",
);

/** Merger waves by year with policy markers (MergerWavesResult). */
export const mergerWavesSchema = declaredObject<MergerWavesResult>(
  "Mergers and other events by year, with policy markers (MergerWavesResult)",
);

/** Transitions along the continuum (TransitionsResult). */
export const transitionsSchema = declaredObject<TransitionsResult>(
  "Transitions between continuum stages, matrix and paths (TransitionsResult)",
);

/** Network measures per organisation (SectorNetworkResult). */
export const sectorNetworkSchema = declaredObject<SectorNetworkResult>(
  "Network measures per organisation: PageRank, betweenness, communities (SectorNetworkResult)",
);
