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
} from "../../../src/shared/index.ts";
import type { PbrModel } from "../../../src/shared/pbr.ts";

// The supply-chain API's answers: the engine's result types (src/shared/pbr-results.ts) plus what
// the services add around them (names, ids, stored metadata, job state).

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

/** A long job's state. */
export interface Job<T> {
  id: string;
  status: "queued" | "running" | "done" | "failed" | "cancelled";
  progress: number;
  message: string;
  result?: T;
  error?: string;
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
