/**
 * What the supply-chain API answers (src/api/routes/supply-chains.ts and supply-chain-runs.ts): the
 * engine's result types (pbr-results.ts) plus what the services add around them (names, ids, stored
 * metadata), with response schemas that document each as an object and pass it on whole.
 */
import { z } from "zod";
import { declaredObject } from "./api-common.ts";
import type { JobView } from "./jobs.ts";
import type { PbrModel } from "./pbr.ts";
import type {
  AttributionResult,
  OutcomeScenario,
  PbrCommissionerResult,
  PbrGroupResult,
  PbrMonteCarloResult,
  PbrProviderResult,
  PbrRiskTransfer,
  PbrSensitivity,
  PerformanceResult,
} from "./pbr-results.ts";
import type { MerlinRawResponse, MerlinResultView } from "./respondents.ts";

/** A job whose result is of type T (the jobs API answers JobView; its result is the job kind's). */
export type JobOf<T> = Omit<JobView, "result"> & { result?: T };

/** What a route that starts a job answers with 202 (`{ job: jobViewSchema }`), its result of type T. */
export interface JobStarted<T> {
  job: JobOf<T>;
}

/** A supply chain as the API returns it. */
export interface SupplyChain {
  id: string;
  name: string;
  partnership: string | null;
  contract: string | null;
  document: PbrModel;
  createdAt: string;
  updatedAt: string;
  /** Who created it (null before accounts): an analyst changes only their own. */
  createdBy?: string | null;
}

/** A supply chain in the list. */
export interface SupplyChainSummary {
  id: string;
  name: string;
  partnership: string | null;
  contract: string | null;
  providers: number;
  groups: number;
  updatedAt: string;
}

/** One provider's results in the analysis: the engine's money, the model's name and performance. */
export interface ProviderResult extends Omit<PbrProviderResult, "cashCurve"> {
  name: string;
  performance: number;
  breakEvenPerformance: number | null;
  sensitivity: Omit<PbrSensitivity, "id">;
  /** Cumulative undiscounted net cash at the end of each week (pennies). */
  cashCurve: number[];
}

/** A re-run of the model at a target JSA 25+ job outcome rate, with its key and label. */
export type ScenarioView = { key: string; label: string } & OutcomeScenario;

/** The deterministic analysis of a supply chain. */
export interface SupplyChainAnalysis {
  id: string;
  name: string;
  startDate: string;
  horizonWeeks: number;
  providers: ProviderResult[];
  groups: PbrGroupResult[];
  commissioner: PbrCommissionerResult;
  riskTransfer: PbrRiskTransfer;
  scenarios: ScenarioView[];
  assumptions: string[];
}

/** The Monte Carlo result of a job: the engine's spread with provider names and assumptions. */
export interface MonteCarloResult extends PbrMonteCarloResult {
  providers: (PbrMonteCarloResult["providers"][number] & { name: string; tier: string })[];
  assumptions: string[];
}

/** The performance result of a participants upload, with the model's provider names. */
export type PerformanceView = { names: Record<string, string> } & PerformanceResult;

/** The attribution result of a journeys upload: credits by every method, claims reconciled. */
export type AttributionView = Omit<AttributionResult, "credits" | "claims"> & {
  names: Record<string, string>;
  credits: Record<string, Record<string, number>>;
  claims: Required<AttributionResult>["claims"] | null;
  assumptions: string[];
};

/** A supply chain in the list. */
export const supplyChainSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  partnership: z.string().nullable(),
  contract: z.string().nullable(),
  providers: z.number().int(),
  groups: z.number().int(),
  updatedAt: z.string(),
});

/** A stored supply chain with its model document. */
export const supplyChainSchema = declaredObject<SupplyChain>(
  "A supply chain: id, name, links, its partnerscope-pbr/v1 document and dates",
);

/** The deterministic analysis. */
export const supplyChainAnalysisSchema = declaredObject<SupplyChainAnalysis>(
  "The analysis: per-provider cash flows, peak funding, break-even, groups, commissioner, risk transfer, scenarios",
);

/** Performance from a participants upload. */
export const performanceViewSchema = declaredObject<PerformanceView>(
  "Performance per provider and group, funnel limits, parking and creaming signals",
);

/** Attribution from a journeys upload. */
export const attributionViewSchema = declaredObject<AttributionView>(
  "Credits per provider by every attribution method, claims reconciled",
);

/** The Merlin-style survey's results for a supply chain. */
export const merlinResultSchema = declaredObject<MerlinResultView>(
  "Survey scores per principle and relation under the three-respondent rule",
);

/** What recording one survey answer says. */
export const merlinRecordedSchema = z.object({
  recorded: z.literal(true),
  respondents: z.number().int(),
});

/** Every raw survey answer (owners). */
export const merlinRawResponseSchema = declaredObject<MerlinRawResponse>(
  "One raw survey answer with its organisation, relation and wave",
);
