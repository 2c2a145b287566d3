import {
  type ConstitutionalChangeResult,
  constitutionalChangeOf,
  type LandscapeIndex,
  type LandscapeInput,
  landscapeIndexOfSources,
  type MergerWavesOptions,
  type MergerWavesResult,
  type NetworkFilters,
  type NetworkResult,
  networkIndexed,
  type PortfolioResult,
  portfolioIndexOf,
  portfolioInputOf,
  portfolioOf,
  type SectorFilter,
  type SectorNetworkResult,
  type SectorStatsOptions,
  type SectorStatsResult,
  type SizeMetric,
  sectorNetworkOf,
  sectorStatsIndexed,
  sectorWavesOf,
  type TransitionsResult,
  transitionsOf,
} from "../engine/landscape/index.ts";
import type { ServiceContext } from "./context.ts";
import { invalid } from "./errors.ts";
import { landscapeCached, landscapeIndexed, landscapeMemo } from "./landscape-snapshot.ts";

/** Runs an engine analytic, turning its range errors (bad dates, from after to) into invalid input. */
function analytic<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw invalid(error.message);
    throw error;
  }
}

function memo<T>(
  ctx: ServiceContext,
  slug: string,
  name: string,
  params: unknown,
  work: (i: LandscapeInput) => T,
) {
  return landscapeMemo(ctx, slug, `${name}:${JSON.stringify(params)}`, (input) =>
    analytic(() => work(input)),
  );
}

/** `memo` for answers from the date index: they never need the landscape as objects. */
function cached<T>(
  ctx: ServiceContext,
  slug: string,
  name: string,
  params: unknown,
  work: () => T,
) {
  return landscapeCached(ctx, slug, `${name}:${JSON.stringify(params)}`, () => analytic(work));
}

/** Today's date as the default 'as of' (services may read the clock; the engine may not). */
export function todayOf(ctx: ServiceContext): string {
  return ctx.now().toISOString().slice(0, 10);
}

/**
 * One organisation's partnerships on a date: forms, functions, stages, dependency, renewals.
 * The engine is given only what bears on that organisation (same result, far less work), found
 * through postings built once per revision from the date index.
 */
export async function landscapePortfolio(
  ctx: ServiceContext,
  slug: string,
  organisation: string,
  asOf: string,
): Promise<PortfolioResult> {
  const { postings } = await indexesOf(ctx, slug);
  return cached(ctx, slug, "portfolio", { organisation, asOf }, () =>
    portfolioOf(portfolioInputOf(postings, organisation), organisation, asOf),
  );
}

/**
 * The workspace's date index (typed arrays by organisation and partnership) and the portfolio
 * postings drawn from it, built together once per revision: the postings add a fraction to the
 * first landscape request, where building them on the first portfolio request stalled the 50
 * portfolio requests behind it for about a second.
 */
function indexesOf(ctx: ServiceContext, slug: string) {
  return landscapeIndexed(ctx, slug, "date-index", (sources) => {
    const index = landscapeIndexOfSources(sources);
    return { index, postings: portfolioIndexOf(index) };
  });
}

/** The workspace's date index. */
async function indexOf(ctx: ServiceContext, slug: string): Promise<LandscapeIndex> {
  return (await indexesOf(ctx, slug)).index;
}

/**
 * Organisations and their co-memberships of active partnerships on a date, from the date index.
 * Not kept in the result cache: a 200,000-organisation network is 17–26 MB of JSON, and the index
 * builds it in well under the time serialising and sending it takes (about 0.1 s each, measured).
 */
export async function landscapeNetwork(
  ctx: ServiceContext,
  slug: string,
  asOf: string,
  filters: NetworkFilters,
): Promise<NetworkResult> {
  const index = await indexOf(ctx, slug);
  return analytic(() => networkIndexed(index, asOf, filters));
}

/** Size distribution and concentration (CR_k, HHI) at entity or group level, of a set (nation, kind). */
export async function sectorStats(
  ctx: ServiceContext,
  slug: string,
  options: SectorStatsOptions,
): Promise<SectorStatsResult> {
  const index = await indexOf(ctx, slug);
  return cached(ctx, slug, "stats", options, () => sectorStatsIndexed(index, options));
}

/** Constitutional change in a period, overall and for large organisations, with events by year, of a set. */
export function sectorChanges(
  ctx: ServiceContext,
  slug: string,
  options: { from: string; to: string; metric: SizeMetric; large?: number; filter?: SectorFilter },
): Promise<ConstitutionalChangeResult> {
  return memo(ctx, slug, "changes", options, (input) => constitutionalChangeOf(input, options));
}

/** Life-cycle events per year by type ('merger waves') with the policy markers, naming one of a set. */
export function sectorWaves(
  ctx: ServiceContext,
  slug: string,
  options: Pick<MergerWavesOptions, "from" | "to" | "filter">,
): Promise<MergerWavesResult> {
  return memo(ctx, slug, "waves", options, (input) => sectorWavesOf(input, options));
}

/** Transitions between continuum stages for every pair of organisations, up to a date. */
export function sectorTransitions(
  ctx: ServiceContext,
  slug: string,
  options: { to: string; from?: string },
): Promise<TransitionsResult> {
  return memo(ctx, slug, "transitions", options, (input) => transitionsOf(input, options));
}

/** Degree, PageRank, betweenness, communities and brokers for each organisation on a date. */
export function sectorNetwork(
  ctx: ServiceContext,
  slug: string,
  asOf: string,
  filters: NetworkFilters,
): Promise<SectorNetworkResult> {
  return memo(ctx, slug, "measures", { asOf, filters }, (input) =>
    sectorNetworkOf(input, asOf, { filters }),
  );
}
