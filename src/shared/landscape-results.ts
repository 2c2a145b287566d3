/**
 * What the landscape and sector analytics answer (src/engine/landscape), shared so the web app reads
 * the API's JSON with the engine's own types. Declarations only: the engine computes them.
 */
import type {
  EventType,
  Form,
  Nation,
  OrganisationKind,
  PartnershipFunction,
  Role,
  Sector,
} from "./enums.ts";
import type { LifecycleEvent } from "./schemas.ts";

/** The size measures an organisation's facts record. */
export const SIZE_METRICS = ["homes", "turnover", "staff"] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

/** Whether concentration counts each legal entity, or each group (subsidiaries added into parents). */
export const CONCENTRATION_LEVELS = ["entity", "group"] as const;
export type ConcentrationLevel = (typeof CONCENTRATION_LEVELS)[number];

/**
 * Which organisations a sector measure covers: one nation and/or one kind, absent = every one.
 * The paper's concentration figures are for English housing associations.
 */
export interface SectorFilter {
  nation?: Nation;
  kind?: OrganisationKind;
}

/** The set the demo's sector page starts on: the one the paper's concentration figures describe. */
export const DEMO_SECTOR_FILTER: Readonly<Required<SectorFilter>> = {
  nation: "england",
  kind: "housing_association",
};

/** One active partnership in an organisation's portfolio. */
export interface PortfolioEntry {
  id: string;
  name: string;
  form: Form;
  functions: PartnershipFunction[];
  /** Continuum stage on asOf (0–7), deepened/loosened events applied. */
  stage: number;
  role: Role;
  joined: string | null;
  end: string | null;
  shareOfTurnover: number | null;
  shareOfStaff: number | null;
  /** Ends within 12 months after asOf. */
  renewalDue: boolean;
}

/** The largest share earned in one partnership, and which. */
export interface LargestShare {
  partnership: string;
  share: number;
}

/** How dependent the organisation is on single partnerships, from its shares. */
export interface Dependency {
  /** Largest share of turnover earned in one partnership, and which. */
  largestShareOfTurnover: LargestShare | null;
  /** Herfindahl index of the shares of turnover, Σ (100 × share)² (0–10,000). */
  herfindahlOfTurnover: number;
  largestShareOfStaff: LargestShare | null;
  herfindahlOfStaff: number;
}

/** An organisation's portfolio on a date (GET …/landscape/portfolio/:organisation). */
export interface PortfolioResult {
  asOf: string;
  organisation: string;
  exists: boolean;
  partnerships: PortfolioEntry[];
  byForm: Partial<Record<Form, PortfolioEntry[]>>;
  byFunction: Partial<Record<PartnershipFunction, PortfolioEntry[]>>;
  countsByForm: Partial<Record<Form, number>>;
  dependency: Dependency;
  /** Partnerships ending within 12 months of asOf (renewal exposure). */
  renewals: PortfolioEntry[];
  /** Events naming the organisation, dated on or before asOf, by date. */
  history: LifecycleEvent[];
}

/** A node as sigma.js/graphology takes it (`key` + attributes). */
export interface NetworkNode {
  key: string;
  label: string;
  sector: Sector;
  nation: Nation | null;
  kind: OrganisationKind;
  /** Size on asOf by the chosen metric; null when unknown. */
  size: number | null;
}

/** An undirected edge: the number of active partnerships the two share, and which. */
export interface NetworkEdge {
  key: string;
  source: string;
  target: string;
  weight: number;
  partnerships: string[];
}

/** The co-membership network on a date (GET …/landscape/network). */
export interface NetworkResult {
  asOf: string;
  metric: SizeMetric;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  empty: boolean;
}

/** Size distribution and concentration on one date; field names as in the CLI's --json. */
export interface SectorStatsResult {
  asOf: string;
  metric: SizeMetric;
  level: ConcentrationLevel;
  /** The set covered (nation, kind); also stated in `assumptions`. */
  filter: SectorFilter;
  /** Existing organisations in the set, with or without figures. */
  organisations: number;
  /** Entities (or groups, at group level) with a known size: what total, mean, median, CR_k and HHI weigh. */
  weighed: number;
  /** Existing organisations in the set that could not be weighed: no fact recording the metric by then. */
  unknown: number;
  total: number;
  mean: number;
  median: number;
  crTop: { k: number; share: number };
  hhi: number;
  empty: boolean;
  note: string | null;
  /** What the numbers cover and how, starting with the set (filter). */
  assumptions: string[];
}

/** Event counts by year, then by type: `{ "2004": { merged: 12, group_formed: 3 } }`. */
export type EventsByYear = Record<string, Partial<Record<EventType, number>>>;

/** Shares of organisations that went through constitutional change; CLI --json field names. */
export interface ConstitutionalChangeResult {
  from: string;
  to: string;
  metric: SizeMetric;
  large: number;
  /** The set covered (nation, kind); also stated in `assumptions`. */
  filter: SectorFilter;
  /** Organisations in the set existing on `from`, with or without figures. */
  organisations: number;
  /** Of those, how many have no known size on `from`, so cannot be found 'large'. */
  unweighed: number;
  changed: number;
  share: number;
  largeOrganisations: number;
  largeChanged: number;
  shareLarge: number;
  byYear: EventsByYear;
  empty: boolean;
  note: string | null;
  /** What the numbers cover and how, starting with the set (filter). */
  assumptions: string[];
}

/** A policy change drawn on the merger-waves chart. */
export interface PolicyMarker {
  year: number;
  label: string;
}

/** The merger-waves chart: one row per year (gaps filled with zeros) and the policy markers. */
export interface MergerWavesResult {
  years: { year: number; counts: Partial<Record<EventType, number>>; total: number }[];
  markers: readonly PolicyMarker[];
  empty: boolean;
  /** The set whose events are counted (an event counts when it names one of its organisations). */
  filter: SectorFilter;
  /** What the counts cover, starting with the set (filter). */
  assumptions: string[];
}

/** Counts of pairs moving from stage i (row) to stage j (column), 8 × 8. */
export type TransitionMatrix = number[][];

/** A path through the continuum taken by some pairs, e.g. [2, 5, 7]; 0 after a stage is an exit. */
export interface TransitionPath {
  stages: number[];
  label: string;
  count: number;
}

/** The life-cycle transitions up to `to`; CLI --json field names. */
export interface TransitionsResult {
  from: string | null;
  to: string;
  pairs: number;
  matrix: TransitionMatrix;
  paths: TransitionPath[];
  empty: boolean;
}

/** One organisation's network measures; CLI --json field names. */
export interface OrganisationMeasures {
  id: string;
  name: string;
  degree: number;
  pagerank: number;
  betweenness: number;
  community: number;
  broker: boolean;
  /** The primes whose supply chains it is in (brokers only). */
  primes: string[];
}

/** The measures for every node, plus how betweenness was computed and the partition's modularity. */
export interface SectorNetworkResult {
  asOf: string;
  organisations: OrganisationMeasures[];
  edges: number;
  communities: number;
  modularity: number;
  betweenness: { method: "exact" | "sampled"; pivots: number | null; seed: number };
  empty: boolean;
  note: string | null;
}
