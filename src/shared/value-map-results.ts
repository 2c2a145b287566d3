/**
 * The result of evaluating a `partnerscope-valuemap/v1` document: the CLI's `--json` contract, the
 * API's results and what the reports print (docs/decisions/0012-value-maps.md).
 */

/** One row of the sensitivity table: an outcome's parameter moved low and high, and the ratio each gives. */
export interface ValueMapSensitivityRow {
  outcome: string;
  parameter: "deadweight" | "attribution" | "dropOff" | "proxy" | "quantity";
  base: number;
  low: { value: number; ratio: number | null };
  high: { value: number; ratio: number | null };
}

/** P10/P50/P90 of a perspective's ratio over the Monte Carlo iterations. */
export interface ValueMapMonteCarlo {
  p10: number;
  p50: number;
  p90: number;
}

/** The value map seen from one perspective: only the inputs and outcomes tagged with it. */
export interface ValueMapPerspectiveResult {
  id: string;
  pvBenefits: number;
  pvInputs: number;
  npv: number;
  /** pvBenefits / pvInputs; null when the perspective has no inputs to divide by. */
  ratio: number | null;
  netRatio: number | null;
  byStakeholder: Record<string, number>;
  byOutcome: Record<string, number>;
  sensitivity: ValueMapSensitivityRow[];
  /** The proxy at which this perspective's ratio would be exactly 1, others held fixed (null: no effect). */
  breakEvenProxy: Record<string, number | null>;
  monteCarlo: ValueMapMonteCarlo | null;
}

/** A usual mistake of the SROI guide found in the document, with where it is. */
export interface ValueMapFlag {
  code:
    | "attribution-plus-deadweight"
    | "proxy-without-source"
    | "long-duration-without-drop-off"
    | "societal-without-volunteer-time";
  path: string;
  message: string;
}

/** One outcome's impact and its value in each year of its duration (for the reports' projection). */
export interface ValueMapOutcomeProjection {
  id: string;
  impact: number;
  /** value[k] is the value in year startYear + k. */
  startYear: number;
  values: number[];
  presentValue: number;
}

/** The whole evaluation. */
export interface ValueMapResult {
  perspectives: ValueMapPerspectiveResult[];
  flags: ValueMapFlag[];
  outcomes: ValueMapOutcomeProjection[];
  /** DF(0..horizon) used, so reports can show the discounting. */
  discountFactors: number[];
  monteCarloSettings: { iterations: number; seed: number } | null;
}
