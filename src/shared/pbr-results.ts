/**
 * What the payment-by-results engine answers (src/engine/pbr): performance, Monte Carlo spread, risk
 * transfer, outcome scenarios, attribution and the Merlin survey, shared so the web app reads the
 * API's JSON with the engine's own types. Declarations only: the engine computes them.
 */
import type { MerlinBand, MerlinPrincipleId, MerlinRelation } from "./merlin.ts";
import type { PbrTier } from "./pbr.ts";

/** Control limits of a funnel plot for a proportion (Spiegelhalter 2005, normal approximation). */
export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** Where an observed rate falls against its limits. */
export type FunnelFlag = "above-99.8" | "above-95" | "within" | "below-95" | "below-99.8";

/** Support hours for hard-to-help groups against easy groups: low values suggest parking. */
export interface ParkingSignal {
  hardGroupHours: number | null;
  easyGroupHours: number | null;
  ratio: number | null;
  flagged: boolean;
}

/** Share of referrals from easy groups early and late in the period: a rise suggests creaming. */
export interface CreamingSignal {
  firstHalfEasyShare: number | null;
  secondHalfEasyShare: number | null;
  rise: number | null;
  flagged: boolean;
}

/** One payment group chain-wide; `easy` is true above the median group rate, false below, null at it. */
export interface GroupRate {
  id: string;
  participants: number;
  outcomes: number;
  rate: number;
  easy: boolean | null;
}

/** One provider's case-mix-adjusted performance and its creaming and parking signals. */
export interface ProviderPerformance {
  id: string;
  participants: number;
  observed: number;
  expected: number;
  /** Observed ÷ expected outcomes (indirect standardisation); null when nothing was expected. */
  ratio: number | null;
  observedRate: number;
  expectedRate: number;
  limits: FunnelLimits;
  funnel: FunnelFlag;
  parking: ParkingSignal;
  creaming: CreamingSignal;
}

/** Performance management of a supply chain from participant records. */
export interface PerformanceResult {
  chain: {
    participants: number;
    outcomes: number;
    rate: number;
    medianGroupRate: number;
    splitDate: string;
  };
  groups: GroupRate[];
  providers: ProviderPerformance[];
  funnel: ({ n: number } & FunnelLimits)[];
  thresholds: { parking: number; creaming: number };
  assumptions: string[];
}

/** Summary of a Monte Carlo sample: mean and the 10th, 50th and 90th percentiles. */
export interface PbrSpread {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

/** The spread of one provider's NPV and peak funding need over the runs. */
export interface PbrMonteCarloProvider {
  id: string;
  npv: PbrSpread;
  peakFunding: PbrSpread;
}

/** Monte Carlo result: same seed and model → same numbers. */
export interface PbrMonteCarloResult {
  runs: number;
  seed: number;
  providers: PbrMonteCarloProvider[];
}

/** One provider's money over the horizon (undiscounted sums, NPV and the cash curve). */
export interface PbrProviderResult {
  id: string;
  tier: PbrTier;
  revenue: number;
  costs: number;
  net: number;
  npv: number;
  peakFunding: number;
  cashPositiveWeek: number | null;
  /** Cumulative undiscounted net cash at the end of each week. */
  cashCurve: Float64Array;
}

/** Expected volumes of one payment group (triggers inside the horizon). */
export interface PbrGroupResult {
  id: string;
  referrals: number;
  starts: number;
  jobOutcomes: number;
  sustainmentPayments: number;
  jobOutcomesPerReferral: number | null;
}

/** What the commissioner pays (undiscounted and discounted) and its cost per job outcome. */
export interface PbrCommissionerResult {
  paid: number;
  paidPv: number;
  jobOutcomes: number;
  costPerJobOutcome: number | null;
}

/** Change in a provider's NPV when every group's job start probability moves by ±1 point. */
export interface PbrSensitivity {
  id: string;
  minus1pp: number;
  plus1pp: number;
}

/** The loss one party bears (discounted money) and its share of the total. */
export interface PbrRiskShare {
  loss: number;
  share: number | null;
}

/** Who bears the loss when job start probabilities fall short of plan. */
export interface PbrRiskTransfer {
  /** Relative change applied to every group's job start probability (−0.1 = 10% fewer starts). */
  shortfall: number;
  totalLoss: number;
  /** The fall in what the commissioner pays, in present value. */
  commissionerSaving: number;
  prime: PbrRiskShare;
  tier1: PbrRiskShare;
  tier2: PbrRiskShare;
  commissioner: PbrRiskShare;
}

/** One provider's money when the chain's outcome rates are moved to a scenario. */
export interface OutcomeScenarioProvider {
  id: string;
  npv: number;
  peakFunding: number;
  cashPositiveWeek: number | null;
}

/** The model re-run with every group's job start probability scaled so one group hits a target rate. */
export interface OutcomeScenario {
  group: string;
  /** Target job outcomes per referral for `group`. */
  target: number;
  /** The group's rate reached (equal to the target unless it cannot be reached). */
  reached: number;
  /** The factor applied to every group's job start probability. */
  scale: number;
  providers: OutcomeScenarioProvider[];
}

/** Ways of crediting a joint outcome to the providers on the participant's journey. */
export const ATTRIBUTION_METHODS = ["first", "last", "linear", "shapley"] as const;
export type AttributionMethod = (typeof ATTRIBUTION_METHODS)[number];

/** Claimed against attributed outcomes for one partner. */
export interface ClaimLine {
  provider: string;
  claimed: number;
  attributed: number;
  excess: number;
}

/** Credits per provider summing to the distinct outcomes, and optional claims reconciliation. */
export interface AttributionResult {
  method: AttributionMethod;
  journeys: number;
  outcomes: number;
  credits: Record<string, number>;
  shapley?: { exact: boolean; samples?: number; seed?: number };
  claims?: { totalClaimed: number; overClaimFactor: number | null; partners: ClaimLine[] };
}

/** One principle's score: answers counted, percentage and band (null when nothing was answered). */
export interface MerlinPrincipleScore {
  id: MerlinPrincipleId;
  name: string;
  answers: number;
  percent: number | null;
  band: MerlinBand | null;
}

/** Scores of a set of responses, or withheld when the set is too small to keep answers confidential. */
export interface MerlinScores {
  respondents: number;
  withheld: boolean;
  overall: { percent: number | null; band: MerlinBand | null } | null;
  principles: MerlinPrincipleScore[] | null;
}

/** The survey result: all respondents together and each relation separately. */
export interface MerlinResult extends MerlinScores {
  byRelation: ({ relation: MerlinRelation } & MerlinScores)[];
  assumptions: string[];
}
