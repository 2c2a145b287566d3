/**
 * What the appraisal engine answers (src/engine/appraisal): cash flows, Monte Carlo summary, tornado,
 * multi-criteria, flags, the whole appraisal and benefits realisation, shared so the web app reads
 * the API's JSON with the engine's own types. Declarations only: the engine computes them.
 */
import type { AppraisalLine, Difficulty, SavingSource } from "./appraisal-lines.ts";

/** One year of an option's cash flows; costs, VAT, loan and staff barriers are positive and subtracted in net. */
export interface CashFlowRow {
  year: number;
  savings: number;
  costs: number;
  vat: number;
  loan: number;
  /** TUPE transfers, harmonising terms and pension liabilities. */
  staff: number;
  net: number;
  discountFactor: number;
}

/** Something a reader of an option's result should notice, with a stable code. */
export interface AppraisalFlag {
  code: string;
  message: string;
}

/** A criterion's normalised weight and the weight at which the top option would change, if any. */
export interface McdaCriterionResult {
  id: string;
  weight: number;
  switchingWeight: number | null;
  switchesTo: string | null;
}

/** One histogram bin: [from, to), the last bin closed. */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** What a Monte Carlo run says about an option's NPV. */
export interface MonteCarloSummary {
  iterations: number;
  mean: number;
  sd: number;
  /** sd / √n: how far the mean may be from the model's true expectation. */
  standardError: number;
  p10: number;
  p50: number;
  p90: number;
  probPositive: number;
  histogram: HistogramBin[];
}

/** One bar of the tornado: NPV with one ranged line at its low and at its high, others at base. */
export interface TornadoBar {
  lineId: string;
  kind: AppraisalLine["kind"];
  low: number;
  high: number;
  npvAtLow: number;
  npvAtHigh: number;
  /** |npvAtHigh − npvAtLow|. */
  swing: number;
}

/** The appraisal of one option. */
export interface OptionAppraisal {
  id: string;
  name: string;
  stage: number;
  npv: number;
  pv: { savings: number; costs: number; vat: number; loan: number; staff: number };
  paybackYear: number | null;
  savingsSwitchingFactor: number | null;
  cashFlows: CashFlowRow[];
  monteCarlo: MonteCarloSummary;
  mcda: { score: number; rank: number; criterionScores: Record<string, number> };
  tornado: TornadoBar[];
  flags: AppraisalFlag[];
}

/** The appraisal of a whole document. */
export interface AppraisalResult {
  title: string;
  currency: string;
  options: OptionAppraisal[];
  criteria: McdaCriterionResult[];
  monteCarlo: { iterations: number; seed: number };
  assumptions: string[];
}

/** Sums to date and their ratio, with what the plan counted for the past years and in all. */
export interface RealisationTotal {
  /** Planned over the years that have an actual (what the rate compares against). */
  plannedToDate: number;
  actualToDate: number;
  rate: number | null;
  /** Planned over the years that are past: before today's year, within the horizon. */
  plannedPast: number;
  /** Planned over the whole horizon. */
  plannedTotal: number;
}

/** Planned against actual for one line, year by year (index = year, 0 = decision year). */
export interface LineRealisation {
  id: string;
  name: string;
  kind: AppraisalLine["kind"];
  source: SavingSource | null;
  difficulty: Difficulty | null;
  planned: number[];
  actual: (number | null)[];
  forecast: number[];
  /** Sums over the years that have an actual. */
  plannedToDate: number;
  actualToDate: number;
  /** actualToDate / plannedToDate; null when nothing comparable is recorded. */
  rate: number | null;
  plannedPast: number;
  plannedTotal: number;
}

/** One year's totals for savings and for costs. */
export interface YearRealisation {
  year: number;
  past: boolean;
  plannedSavings: number;
  actualSavings: number | null;
  forecastSavings: number;
  plannedCosts: number;
  actualCosts: number | null;
  forecastCosts: number;
}

/** Benefits realisation of the decided option. */
export interface RealisationResult {
  option: string;
  /** The year index of `today` (negative before the base date, beyond the horizon after the plan). */
  currentYear: number;
  /** The date the realisation is read at. */
  today: string;
  /** Which years are past, relative to the plan's base date and today, in words. */
  pastText: string;
  rule: string;
  lines: LineRealisation[];
  byDifficulty: (RealisationTotal & { difficulty: Difficulty })[];
  savings: RealisationTotal;
  costs: RealisationTotal;
  years: YearRealisation[];
  npv: { planned: number; reforecast: number };
  followUp: { line: string; name: string; years: number[] }[];
}
