import type { ExchangeDocument } from "../../shared/index.ts";
import { EXCHANGE_FORMAT } from "../../shared/index.ts";
import { seededRandom } from "../graph/index.ts";
import { contextOf } from "./synthetic-context.ts";
import { addMergers } from "./synthetic-mergers.ts";
import { syntheticOrganisations } from "./synthetic-organisations.ts";
import { addConsortia, addGroups, addSupplyChains } from "./synthetic-partnerships.ts";

/** How big a synthetic sector to make, and the seed that makes it reproducible. */
export interface GenerateSectorOptions {
  organisations: number;
  seed: number;
}

/**
 * A realistic synthetic sector as a partnerscope/v1 document, for tests, demos and benchmarks:
 * heavy-tailed sizes, group structures, consortia, supply chains with primes and tiers, and merger
 * waves 1970–2012 with dissolutions. Rates per organisation: groups 1/40, consortia 1/30, supply
 * chains 1/400, merger events 0.45 (calibrated loosely to the housing figures of docs/domain/housing-sector.md).
 * @example exchangeToJson(generateSector({ organisations: 500, seed: 1 })) // a valid export
 */
export function generateSector(options: GenerateSectorOptions): ExchangeDocument {
  const n = Math.floor(options.organisations);
  if (!(n >= 1)) throw new RangeError("organisations must be at least 1");
  const rng = seededRandom(options.seed);
  const ctx = contextOf(syntheticOrganisations(n, rng), rng);
  addGroups(ctx, Math.round(n / 40));
  addMergers(ctx, Math.round(n * 0.45));
  addConsortia(ctx, Math.round(n / 30));
  addSupplyChains(ctx, Math.max(1, Math.round(n / 400)));
  return {
    format: EXCHANGE_FORMAT,
    workspace: { name: `Synthetic sector (${n} organisations, seed ${options.seed})` },
    organisations: ctx.orgs.organisations,
    partnerships: ctx.partnerships,
    events: ctx.events,
    contracts: [],
    evidence: [],
  };
}
