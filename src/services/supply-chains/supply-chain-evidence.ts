import {
  ATTRIBUTION_METHODS,
  type AttributionMethod,
  attributionOf,
  reconcileClaims,
} from "../../engine/pbr/attribution.ts";
import { PbrCsvError } from "../../engine/pbr/csv-rows.ts";
import { journeysOf, parseClaims, parseJourneys } from "../../engine/pbr/journeys.ts";
import { parseParticipants } from "../../engine/pbr/participants.ts";
import { performanceOf } from "../../engine/pbr/performance.ts";
import { WORK_PROGRAMME_START_DATE, workProgrammeGroups } from "../../shared/pbr.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { workspaceRequire } from "../workspaces.ts";
import { supplyChainRequire } from "./supply-chain-checks.ts";

// Turns a CSV error into a 400 naming the file, line and column.
function csvParse<T>(file: string, text: string, parse: (text: string) => T): T {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof PbrCsvError)) throw error;
    const detail = error.message.replace(/^line \d+(, column [^:]+)?: /, "");
    const path = `${file}: line ${error.line}${error.column ? `, column ${error.column}` : ""}`;
    throw invalid(`The ${file} CSV is not valid: ${error.message}`, [{ path, message: detail }]);
  }
}

async function namesOf(ctx: ServiceContext, slug: string, id: string) {
  const ws = await workspaceRequire(ctx, slug);
  const found = await supplyChainRequire(ctx.store.db, ws.id, slug, id);
  return Object.fromEntries(found.document.providers.map((p) => [p.id, p.name]));
}

/** Case-mix-adjusted performance per provider from a participants CSV, with the model's provider names. */
export async function supplyChainPerformance(
  ctx: ServiceContext,
  slug: string,
  id: string,
  csv: string,
) {
  const names = await namesOf(ctx, slug, id);
  const records = csvParse("participants", csv, parseParticipants);
  return { names, ...performanceOf(records) };
}

/** What to attribute: journeys CSV text, optional claims CSV text, the method and Shapley sampling. */
export interface AttributionRequest {
  journeys: string;
  claims?: string | undefined;
  method?: AttributionMethod | undefined;
  samples?: number | undefined;
  seed?: number | undefined;
}

/** Credits by every method side by side, and claims reconciled against the chosen method (Shapley by default). */
export async function supplyChainAttribution(
  ctx: ServiceContext,
  slug: string,
  id: string,
  request: AttributionRequest,
) {
  const names = await namesOf(ctx, slug, id);
  const journeys = journeysOf(csvParse("journeys", request.journeys, parseJourneys));
  const claims = request.claims ? csvParse("claims", request.claims, parseClaims) : null;
  const method = request.method ?? "shapley";
  const options = {
    samples: request.samples,
    seed: request.seed,
    providers: claims?.map((c) => c.provider),
  };
  const results = Object.fromEntries(
    ATTRIBUTION_METHODS.map((m) => [m, attributionOf(journeys, { ...options, method: m })]),
  ) as Record<AttributionMethod, ReturnType<typeof attributionOf>>;
  const chosen = results[method];
  return {
    names,
    method,
    journeys: chosen.journeys,
    outcomes: chosen.outcomes,
    credits: Object.fromEntries(ATTRIBUTION_METHODS.map((m) => [m, results[m].credits])),
    shapley: results.shapley.shapley,
    claims: claims ? reconcileClaims(chosen, claims) : null,
    assumptions: [
      "First and last touch give each outcome wholly to the first or last provider on the journey; linear splits it equally between the providers touched.",
      "Shapley gives each provider its average extra outcome rate over every order in which providers could join, from the outcome rates of journeys with each set of providers: credits sum to the outcomes.",
      "The over-claim factor is the outcomes claimed by all partners divided by the distinct outcomes: above 1, the same job is claimed more than once ('credit stealing').",
    ],
  };
}

/** The Work Programme's nine payment groups as a starting point; `unverified` marks amounts to check. */
export function supplyChainPreset(referralsPerWeek = 10, referralWeeks = 260) {
  return {
    name: "Work Programme (England, 2011–2017)",
    startDate: WORK_PROGRAMME_START_DATE,
    groups: workProgrammeGroups(referralsPerWeek, referralWeeks),
    notes: [
      "Attachment £400 + job outcome £1,200 + sustainment for groups 1–4 are from the NAO (2012) via docs/domain/work-programme.md; amounts marked unverified are placeholders to check against the contract.",
      "Attachment fees stop from April 2014 (week 148 after a June 2011 start).",
      "Job start probabilities are illustrative calibrations: edit them per contract.",
    ],
  };
}
