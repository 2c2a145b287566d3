/** Agreement within a group of respondents on one dimension (docs/domain/instruments.md). */
export interface Agreement {
  /** r_wg = 1 − s² / ((A² − 1) / 12), clipped to [0, 1]; null under two respondents. */
  rwg: number | null;
  /** Average absolute deviation from the mean; null under two respondents. */
  ad: number | null;
  /** r_wg ≥ 0.70 (LeBreton & Senter 2008). */
  rwgAgrees: boolean | null;
  /** AD ≤ c / 6 for c answer options (Burke & Dunlap 2002). */
  adAcceptable: boolean | null;
}

/** One partner's aggregate on a dimension. */
export interface PartnerDimension extends Agreement {
  n: number;
  mean: number;
  sd: number | null;
  band: string | null;
}

/** A dimension's scores over all respondents and per partner (null: withheld or no answers). */
export interface DimensionResult extends Agreement {
  id: string;
  name: string;
  category: string | null;
  n: number;
  mean: number | null;
  sd: number | null;
  band: string | null;
  byPartner: Record<string, PartnerDimension | null>;
  /** Max − min of the shown partner means; null under two. */
  gap: number | null;
}

/** A gap between partners on one dimension: who is highest and lowest. */
export interface GapResult {
  dimension: string;
  gap: number;
  high: string;
  low: string;
}

/** The total (sum of item scores) of complete respondents, and its band. */
export interface TotalResult {
  n: number;
  mean: number;
  band: string | null;
  byPartner: Record<string, { n: number; mean: number; band: string | null } | null>;
}

/** A pair of partners a < b rated both ways: difference = rating(a→b) − rating(b→a). */
export interface PairResult {
  a: string;
  b: string;
  aRatesB: number;
  bRatesA: number;
  difference: number;
}

/** One wave's analysis. */
export interface WaveResult {
  id: string;
  date: string;
  respondents: number;
  /** Respondents per partner: a live count, shown to everyone. */
  responsesByPartner: Record<string, number>;
  dimensions: DimensionResult[];
  largestGaps: GapResult[];
  total: TotalResult | null;
  pairs: PairResult[];
  /** Partners whose aggregates are withheld from this viewer (fewer than minGroupSize). */
  withheld: string[];
}

/** Change of a dimension's mean between consecutive waves, with Welch's 95% interval. */
export interface ChangeResult {
  dimension: string;
  from: string;
  to: string;
  difference: number;
  low: number | null;
  high: number | null;
}

/** The analysis of an assessment across its waves. */
export interface HealthResult {
  minGroupSize: number;
  waves: WaveResult[];
  change: ChangeResult[];
  notes: string[];
}

/** A question for the partners to discuss, made from the widest gaps and lowest dimensions. */
export interface DiscussionPrompt {
  kind: "gap" | "low" | "pair";
  /** The dimension it is about (null for a pair of partners). */
  dimension: string | null;
  text: string;
}
