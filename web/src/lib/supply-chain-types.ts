import type { PbrModel } from "../../../src/shared/pbr.ts";

/** A supply chain as the API returns it. */
export interface SupplyChain {
  id: string;
  name: string;
  partnership: string | null;
  contract: string | null;
  document: PbrModel;
  createdAt: string;
  updatedAt: string;
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

/** One provider's results in the analysis. */
export interface ProviderResult {
  id: string;
  name: string;
  tier: "prime" | "tier1" | "tier2";
  performance: number;
  revenue: number;
  costs: number;
  net: number;
  npv: number;
  peakFunding: number;
  cashPositiveWeek: number | null;
  breakEvenPerformance: number | null;
  sensitivity: { minus1pp: number; plus1pp: number };
  cashCurve: number[];
}

/** A re-run of the model at a target JSA 25+ job outcome rate. */
export interface OutcomeScenario {
  key: string;
  label: string;
  group: string;
  target: number;
  reached: number;
  scale: number;
  providers: { id: string; npv: number; peakFunding: number; cashPositiveWeek: number | null }[];
}

interface RiskShare {
  loss: number;
  share: number | null;
}

/** The deterministic analysis of a supply chain. */
export interface SupplyChainAnalysis {
  id: string;
  name: string;
  startDate: string;
  horizonWeeks: number;
  providers: ProviderResult[];
  groups: {
    id: string;
    referrals: number;
    starts: number;
    jobOutcomes: number;
    jobOutcomesPerReferral: number | null;
  }[];
  commissioner: {
    paid: number;
    paidPv: number;
    jobOutcomes: number;
    costPerJobOutcome: number | null;
  };
  riskTransfer: {
    shortfall: number;
    totalLoss: number;
    prime: RiskShare;
    tier1: RiskShare;
    tier2: RiskShare;
    commissioner: RiskShare;
  };
  scenarios: OutcomeScenario[];
  assumptions: string[];
}

/** Mean and percentiles of a Monte Carlo sample. */
export interface Spread {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

/** The Monte Carlo result of a job. */
export interface MonteCarloResult {
  runs: number;
  seed: number;
  providers: { id: string; name: string; tier: string; npv: Spread; peakFunding: Spread }[];
  assumptions: string[];
}

/** A long job's state. */
export interface Job<T> {
  id: string;
  status: "running" | "done" | "failed";
  progress: number;
  message: string;
  result?: T;
  error?: string;
}

/** Funnel limits for a rate. */
export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** One provider's performance from participant records. */
export interface ProviderPerformance {
  id: string;
  participants: number;
  observed: number;
  expected: number;
  ratio: number | null;
  observedRate: number;
  expectedRate: number;
  limits: FunnelLimits;
  funnel: "above-99.8" | "above-95" | "within" | "below-95" | "below-99.8";
  parking: {
    hardGroupHours: number | null;
    easyGroupHours: number | null;
    ratio: number | null;
    flagged: boolean;
  };
  creaming: {
    firstHalfEasyShare: number | null;
    secondHalfEasyShare: number | null;
    rise: number | null;
    flagged: boolean;
  };
}

/** The performance result of a participants upload. */
export interface PerformanceResult {
  names: Record<string, string>;
  chain: {
    participants: number;
    outcomes: number;
    rate: number;
    medianGroupRate: number;
    splitDate: string;
  };
  groups: {
    id: string;
    participants: number;
    outcomes: number;
    rate: number;
    easy: boolean | null;
  }[];
  providers: ProviderPerformance[];
  funnel: ({ n: number } & FunnelLimits)[];
  thresholds: { parking: number; creaming: number };
  assumptions: string[];
}

/** The attribution result of a journeys upload. */
export interface AttributionResult {
  names: Record<string, string>;
  method: string;
  journeys: number;
  outcomes: number;
  credits: Record<string, Record<string, number>>;
  shapley?: { exact: boolean; samples?: number; seed?: number };
  claims: {
    totalClaimed: number;
    overClaimFactor: number | null;
    partners: { provider: string; claimed: number; attributed: number; excess: number }[];
  } | null;
  assumptions: string[];
}

/** One principle's score in the partner survey. */
export interface MerlinPrincipleScore {
  id: string;
  name: string;
  answers: number;
  percent: number | null;
  band: string | null;
}

/** Survey scores of a set of respondents (withheld when too few to keep answers confidential). */
export interface MerlinScores {
  respondents: number;
  withheld: boolean;
  overall: { percent: number | null; band: string | null } | null;
  principles: MerlinPrincipleScore[] | null;
}

/** The partner survey's result. */
export interface MerlinResult extends MerlinScores {
  byRelation: ({ relation: "past" | "present" | "potential" } & MerlinScores)[];
  assumptions: string[];
}
