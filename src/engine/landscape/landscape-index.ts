import type { LifecycleEvent, Partnership } from "../../shared/index.ts";
import {
  dissolutionDatesOf,
  firstSeenDatesOf,
  type LandscapeInput,
  type SizeMetric,
} from "./as-of.ts";
import {
  type LandscapeSources,
  type OrganisationColumns,
  organisationColumnsOf,
} from "./organisation-columns.ts";

/**
 * A workspace's landscape indexed once for many 'as of' questions: what each organisation's
 * existence, facts, partnerships and memberships look like as numbers in typed arrays, so an
 * answer on one date reads arrays instead of rebuilding maps from the whole input.
 * Days are numbers that order like their ISO strings (`dayNumber`); −∞ means 'always', +∞ 'never'.
 */
export interface LandscapeIndex {
  /** Organisations as columns (input order): what the answers read of them. */
  readonly organisations: OrganisationColumns;
  readonly partnerships: readonly Partnership[];
  readonly events: readonly LifecycleEvent[];
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
  /** The member's organisation as its position in `organisations`, −1 when not listed. */
  readonly memberOrganisation: Int32Array;
  readonly memberJoined: Float64Array;
  readonly memberLeft: Float64Array;
  /** Each organisation's position in `organisations` by id (the last, if an id repeats). */
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
function existenceOf(sources: LandscapeSources) {
  const { id, factStart, factYear } = sources.organisations;
  const n = id.length;
  const existsFrom = new Float64Array(n);
  const dissolvedOn = new Float64Array(n);
  const dissolved = dissolutionDatesOf(sources.events);
  const seen = firstSeenDatesOf(sources);
  for (let i = 0; i < n; i++) {
    const gone = dissolved.get(id[i]!);
    dissolvedOn[i] = gone === undefined ? Number.POSITIVE_INFINITY : dayNumber(gone);
    const firstSeen = seen.get(id[i]!);
    let from = firstSeen === undefined ? Number.POSITIVE_INFINITY : dayNumber(firstSeen);
    // A fact for year Y counts from 1 January of Y (Y × 10,000 + 101 orders like "Y-01-01").
    for (let j = factStart[i]!; j < factStart[i + 1]!; j++)
      from = Math.min(from, factYear[j]! * 10_000 + 101);
    if (factStart[i] === factStart[i + 1] && firstSeen === undefined)
      from = Number.NEGATIVE_INFINITY;
    existsFrom[i] = from;
  }
  return { existsFrom, dissolvedOn };
}

/** Every fact year there is, ascending. */
function factYearsOf(c: OrganisationColumns): Float64Array {
  return Float64Array.from(new Set(c.factYear)).sort();
}

/** Partnerships' and memberships' dates in typed arrays; members pointed at their organisation. */
function partnershipsOf(sources: LandscapeSources) {
  const position = new Map<string, number>();
  sources.organisations.id.forEach((id, i) => position.set(id, i));
  const ps = sources.partnerships;
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
  return landscapeIndexOfSources({
    ...input,
    organisations: organisationColumnsOf(input.organisations),
  });
}

/** Indexes a landscape whose organisations are already columns (as read from storage). */
export function landscapeIndexOfSources(sources: LandscapeSources): LandscapeIndex {
  const c = sources.organisations;
  return {
    organisations: c,
    partnerships: sources.partnerships,
    events: sources.events,
    ...existenceOf(sources),
    factStart: c.factStart,
    factYear: c.factYear,
    factValue: c.factValue,
    factYears: factYearsOf(c),
    ...partnershipsOf(sources),
    columns: new Map(),
  };
}

/** Whether organisation i exists on day d (`isOrganisationExisting`). */
export function existsOn(index: LandscapeIndex, i: number, d: number): boolean {
  return index.existsFrom[i]! <= d && d < index.dissolvedOn[i]!;
}
