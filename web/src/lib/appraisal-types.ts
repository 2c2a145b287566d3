/**
 * The JSON shapes the appraisal API answers with (mirrors of the engine's result types, which the
 * web app may not import: it shares only src/shared and speaks HTTP).
 */
import type { AppraisalDocument } from "../../../src/shared/index.ts";

/** An appraisal as listed: links, status and versions. */
export interface AppraisalSummary {
  id: string;
  title: string;
  partnership: string | null;
  organisations: string[];
  status: "draft" | "decided";
  decidedVersion: number | null;
  decidedOption: string | null;
  latestVersion: number;
  createdAt: string;
  updatedAt: string;
}

/** One appraisal with its latest document and the decided (frozen) one. */
export interface AppraisalDetail extends AppraisalSummary {
  document: AppraisalDocument;
  decided: { version: number; option: string; document: AppraisalDocument } | null;
  versions: { version: number; createdAt: string }[];
}

/** One year of an option's cash flows (costs, VAT and loan positive, subtracted in net). */
export interface CashFlowRow {
  year: number;
  savings: number;
  costs: number;
  vat: number;
  loan: number;
  net: number;
  discountFactor: number;
}

/** One bar of the tornado. */
export interface TornadoBar {
  lineId: string;
  kind: string;
  low: number;
  high: number;
  npvAtLow: number;
  npvAtHigh: number;
  swing: number;
}

/** The Monte Carlo summary of an option's NPV. */
export interface MonteCarloView {
  iterations: number;
  mean: number;
  sd: number;
  p10: number;
  p50: number;
  p90: number;
  probPositive: number;
  histogram: { from: number; to: number; count: number }[];
}

/** The appraisal of one option. */
export interface OptionResult {
  id: string;
  name: string;
  stage: number;
  npv: number;
  pv: { savings: number; costs: number; vat: number; loan: number };
  paybackYear: number | null;
  savingsSwitchingFactor: number | null;
  cashFlows: CashFlowRow[];
  monteCarlo: MonteCarloView;
  mcda: { score: number; rank: number; criterionScores: Record<string, number> };
  tornado: TornadoBar[];
  flags: { code: string; message: string }[];
}

/** What POST …/results answers. */
export interface AppraisalRunView {
  version: number;
  result: {
    title: string;
    currency: string;
    options: OptionResult[];
    criteria: {
      id: string;
      weight: number;
      switchingWeight: number | null;
      switchesTo: string | null;
    }[];
    monteCarlo: { iterations: number; seed: number };
    assumptions: string[];
  };
}

/** Sums to date and their ratio. */
export interface RealisationTotal {
  plannedToDate: number;
  actualToDate: number;
  rate: number | null;
}

/** What GET …/realisation answers. */
export interface RealisationView {
  option: string;
  version: number;
  asOf: string;
  baseDate: string;
  currentYear: number;
  rule: string;
  lines: (RealisationTotal & {
    id: string;
    name: string;
    kind: string;
    difficulty: string | null;
    source: string | null;
    planned: number[];
    actual: (number | null)[];
    forecast: number[];
  })[];
  byDifficulty: (RealisationTotal & { difficulty: string })[];
  savings: RealisationTotal;
  costs: RealisationTotal;
  years: {
    year: number;
    past: boolean;
    plannedSavings: number;
    actualSavings: number | null;
    forecastSavings: number;
    plannedCosts: number;
    actualCosts: number | null;
    forecastCosts: number;
  }[];
  npv: { planned: number; reforecast: number };
  followUp: { line: string; name: string; years: number[] }[];
}
