import type {
  EventType,
  Form,
  LifecycleEvent,
  Nation,
  OrganisationKind,
  PartnershipFunction,
  Role,
  Sector,
} from "../../../src/shared/index.ts";

// The answers of the landscape API, as the web app reads them. The web layer may not import the
// engine (scripts/check-layers.ts), so these mirror src/engine/landscape/*.ts field for field.

/** What organisations are measured by: homes, turnover or staff. */
export type SizeMetric = "homes" | "turnover" | "staff";

/** Labels for the size metrics. */
export const METRIC_LABELS: Record<SizeMetric, string> = {
  homes: "Homes",
  turnover: "Turnover",
  staff: "Staff",
};

/** One active partnership in an organisation's portfolio. */
export interface PortfolioEntry {
  id: string;
  name: string;
  form: Form;
  functions: PartnershipFunction[];
  stage: number;
  role: Role;
  joined: string | null;
  end: string | null;
  shareOfTurnover: number | null;
  shareOfStaff: number | null;
  renewalDue: boolean;
}

/** The largest share earned in one partnership. */
export interface LargestShare {
  partnership: string;
  share: number;
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
  dependency: {
    largestShareOfTurnover: LargestShare | null;
    herfindahlOfTurnover: number;
    largestShareOfStaff: LargestShare | null;
    herfindahlOfStaff: number;
  };
  renewals: PortfolioEntry[];
  history: LifecycleEvent[];
}

/** An organisation on the network map. */
export interface NetworkNode {
  key: string;
  label: string;
  sector: Sector;
  nation: Nation | null;
  kind: OrganisationKind;
  size: number | null;
}

/** A link: how many active partnerships two organisations share, and which. */
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

/** Sector size and concentration on a date (GET …/sector/stats). */
export interface SectorStatsResult {
  asOf: string;
  metric: SizeMetric;
  level: "entity" | "group";
  organisations: number;
  unknown: number;
  total: number;
  mean: number;
  median: number;
  crTop: { k: number; share: number };
  hhi: number;
  empty: boolean;
  note: string | null;
}

/** Event counts by year, then by type. */
export type EventsByYear = Record<string, Partial<Record<EventType, number>>>;

/** Constitutional change in a period (GET …/sector/changes). */
export interface ConstitutionalChangeResult {
  from: string;
  to: string;
  metric: SizeMetric;
  large: number;
  organisations: number;
  changed: number;
  share: number;
  largeOrganisations: number;
  largeChanged: number;
  shareLarge: number;
  byYear: EventsByYear;
  empty: boolean;
  note: string | null;
}

/** A policy change drawn on the merger-waves chart. */
export interface PolicyMarker {
  year: number;
  label: string;
}

/** Constitutional events per year (GET …/sector/waves). */
export interface MergerWavesResult {
  years: { year: number; counts: Partial<Record<EventType, number>>; total: number }[];
  markers: PolicyMarker[];
  empty: boolean;
}

/** Life-cycle transitions between continuum stages (GET …/sector/transitions). */
export interface TransitionsResult {
  from: string | null;
  to: string;
  pairs: number;
  matrix: number[][];
  paths: { stages: number[]; label: string; count: number }[];
  empty: boolean;
}

/** One organisation's network measures. */
export interface OrganisationMeasures {
  id: string;
  name: string;
  degree: number;
  pagerank: number;
  betweenness: number;
  community: number;
  broker: boolean;
  primes: string[];
}

/** Network measures on a date (GET …/sector/network). */
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

/** Today as YYYY-MM-DD (the browser's clock; the API defaults to the server's). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The path of a landscape or sector endpoint in a workspace, with its query. */
export function landscapePath(workspace: string, rest: string, query = ""): string {
  return `/workspaces/${encodeURIComponent(workspace)}/${rest}${query}`;
}
