import type { Organisation, Partnership } from "../../shared/index.ts";
import {
  dissolutionDatesOf,
  firstSeenDatesOf,
  type LandscapeInput,
  SIZE_METRICS,
  type SizeMetric,
} from "./as-of.ts";

/**
 * A workspace's landscape indexed once for many 'as of' questions: what each organisation's
 * existence, facts, partnerships and memberships look like as numbers in typed arrays, so an
 * answer on one date reads arrays instead of rebuilding maps from the whole input.
 * Days are numbers that order like their ISO strings (`dayNumber`); −∞ means 'always', +∞ 'never'.
 */
export interface LandscapeIndex {
  readonly input: LandscapeInput;
  /** Per organisation (input order): the first day it exists and the day it is dissolved. */
  readonly existsFrom: Float64Array;
  readonly dissolvedOn: Float64Array;
  /** Facts by organisation (compressed rows, sorted by year, ties in input order). */
  readonly factStart: Int32Array;
  readonly factYear: Float64Array;
  readonly factValue: Readonly<Record<SizeMetric, Float64Array>>;
  /** Every fact year there is, ascending: sizes on a date change only when one is passed. */
  readonly factYears: Float64Array;
  /** Per partnership (input order): active from `start` until `end`, members in compressed rows. */
  readonly partnershipStart: Float64Array;
  readonly partnershipEnd: Float64Array;
  readonly memberStart: Int32Array;
  /** The member's organisation as its position in `input.organisations`, −1 when not listed. */
  readonly memberOrganisation: Int32Array;
  readonly memberJoined: Float64Array;
  readonly memberLeft: Float64Array;
  /** Each organisation's position in `input.organisations` by id (the last, if an id repeats). */
  readonly position: ReadonlyMap<string, number>;
  /** Group-structure partnerships, the only ones that make groups. */
  readonly groupStructures: readonly Partnership[];
  /** Size columns already built, by metric and fact year (see `sizeColumnOf`); bounded. */
  readonly columns: Map<string, SizeColumn>;
}

/** Sizes of every organisation at one fact year, and the organisations with a size, largest first. */
export interface SizeColumn {
  /** Per organisation (input order): its size, NaN when unknown. */
  readonly sizes: Float64Array;
  /** How many organisations have a known size. */
  readonly known: number;
  /** The order by size, built the first time statistics need it (`sizeOrderOf`). */
  order?: SizeOrder;
}

/** Organisations of known size by size descending, with their sizes in that order. */
export interface SizeOrder {
  /** Positions of the organisations with a known size, by size descending. */
  readonly descending: Int32Array;
  /** Their sizes in that order, so a walk down the order reads memory in sequence. */
  readonly descendingSizes: Float64Array;
}

/** How many size columns an index keeps (each up to about 40 bytes an organisation). */
export const SIZE_COLUMNS_KEPT = 8;

/**
 * A date as a number that orders like the ISO string; null (no date) is −∞ ('always').
 * @example dayNumber("2004-04-01") // 20040401
 */
export function dayNumber(date: string | null): number {
  if (date === null || date === "") return Number.NEGATIVE_INFINITY;
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8));
}

/** Like `dayNumber`, but null means +∞ ('never'), for end dates. */
function endNumber(date: string | null): number {
  return date === null ? Number.POSITIVE_INFINITY : dayNumber(date);
}

/** First day each organisation exists (`isOrganisationExisting`) and the day it is dissolved. */
function existenceOf(input: LandscapeInput) {
  const n = input.organisations.length;
  const existsFrom = new Float64Array(n);
  const dissolvedOn = new Float64Array(n);
  const dissolved = dissolutionDatesOf(input.events);
  const seen = firstSeenDatesOf(input);
  input.organisations.forEach((o, i) => {
    const gone = dissolved.get(o.id);
    dissolvedOn[i] = gone === undefined ? Number.POSITIVE_INFINITY : dayNumber(gone);
    const firstSeen = seen.get(o.id);
    let from = firstSeen === undefined ? Number.POSITIVE_INFINITY : dayNumber(firstSeen);
    // A fact for year Y counts from 1 January of Y (Y × 10,000 + 101 orders like "Y-01-01").
    for (const f of o.facts) from = Math.min(from, f.year * 10_000 + 101);
    if (o.facts.length === 0 && firstSeen === undefined) from = Number.NEGATIVE_INFINITY;
    existsFrom[i] = from;
  });
  return { existsFrom, dissolvedOn };
}

/** Facts in compressed rows per organisation, each row sorted by year (stable). */
function factsOf(organisations: readonly Organisation[]) {
  const factStart = new Int32Array(organisations.length + 1);
  organisations.forEach((o, i) => {
    factStart[i + 1] = factStart[i]! + o.facts.length;
  });
  const total = factStart[organisations.length]!;
  const factYear = new Float64Array(total);
  const factValue = Object.fromEntries(
    SIZE_METRICS.map((m) => [m, new Float64Array(total)]),
  ) as Record<SizeMetric, Float64Array>;
  const years = new Set<number>();
  organisations.forEach((o, i) => {
    const sorted = [...o.facts].sort((a, b) => a.year - b.year);
    sorted.forEach((f, j) => {
      const at = factStart[i]! + j;
      factYear[at] = f.year;
      years.add(f.year);
      for (const m of SIZE_METRICS) factValue[m][at] = f[m] ?? Number.NaN;
    });
  });
  const factYears = Float64Array.from(years).sort();
  return { factStart, factYear, factValue, factYears };
}

/** Partnerships' and memberships' dates in typed arrays; members pointed at their organisation. */
function partnershipsOf(input: LandscapeInput) {
  const position = new Map(input.organisations.map((o, i) => [o.id, i]));
  const ps = input.partnerships;
  const memberStart = new Int32Array(ps.length + 1);
  ps.forEach((p, i) => {
    memberStart[i + 1] = memberStart[i]! + p.members.length;
  });
  const total = memberStart[ps.length]!;
  const memberOrganisation = new Int32Array(total);
  const memberJoined = new Float64Array(total);
  const memberLeft = new Float64Array(total);
  ps.forEach((p, i) => {
    p.members.forEach((m, j) => {
      const at = memberStart[i]! + j;
      memberOrganisation[at] = position.get(m.organisation) ?? -1;
      memberJoined[at] = dayNumber(m.joined);
      memberLeft[at] = endNumber(m.left);
    });
  });
  return {
    position,
    partnershipStart: Float64Array.from(ps, (p) => dayNumber(p.start)),
    partnershipEnd: Float64Array.from(ps, (p) => endNumber(p.end)),
    memberStart,
    memberOrganisation,
    memberJoined,
    memberLeft,
    groupStructures: ps.filter((p) => p.form === "group_structure"),
  };
}

/**
 * Indexes a landscape for answers on many dates (built once per workspace revision).
 * @example sectorStatsIndexed(landscapeIndexOf(doc), { asOf: "2010-01-01", metric: "homes" })
 */
export function landscapeIndexOf(input: LandscapeInput): LandscapeIndex {
  return {
    input,
    ...existenceOf(input),
    ...factsOf(input.organisations),
    ...partnershipsOf(input),
    columns: new Map(),
  };
}

/** Whether organisation i exists on day d (`isOrganisationExisting`). */
export function existsOn(index: LandscapeIndex, i: number, d: number): boolean {
  return index.existsFrom[i]! <= d && d < index.dissolvedOn[i]!;
}
