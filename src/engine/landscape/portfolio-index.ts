import type { LandscapeInput } from "./as-of.ts";
import type { LandscapeIndex } from "./landscape-index.ts";
import { organisationAt } from "./organisation-columns.ts";

/** Rows of item positions (compressed): row r holds `at[start[r]] … at[start[r + 1] - 1]`. */
interface Postings {
  readonly start: Int32Array;
  readonly at: Int32Array;
}

/**
 * Postings of `items` items into `rows` rows, in item order; `each` names an item's rows and a
 * row named twice by one item holds it once. Two passes (count, then fill) over typed arrays.
 */
function postingsOf(
  rows: number,
  items: number,
  each: (item: number, add: (row: number) => void) => void,
): Postings {
  const start = new Int32Array(rows + 1);
  const last = new Int32Array(rows).fill(-1);
  const count = (item: number) => (row: number) => {
    if (last[row] === item) return;
    last[row] = item;
    start[row + 1]!++;
  };
  for (let i = 0; i < items; i++) each(i, count(i));
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  const at = new Int32Array(start[rows]!);
  const next = start.slice(0, rows);
  last.fill(-1);
  for (let i = 0; i < items; i++)
    each(i, (row) => {
      if (last[row] === i) return;
      last[row] = i;
      at[next[row]!++] = i;
    });
  return { start, at };
}

/** What bears on each organisation's portfolio: its partnerships and the events naming it or them. */
export interface PortfolioIndex {
  readonly index: LandscapeIndex;
  /** Per organisation: partnerships it is a member or the commissioner of. */
  readonly partnerships: Postings;
  /** Per organisation: events naming it. */
  readonly events: Postings;
  /** Per partnership: its events. */
  readonly partnershipEvents: Postings;
  /** Each partnership's position by id. */
  readonly partnershipPosition: ReadonlyMap<string, number>;
}

/** Builds the portfolio postings from a date index (its organisation positions and members). */
export function portfolioIndexOf(index: LandscapeIndex): PortfolioIndex {
  const { position, partnerships: ps, events: es } = index;
  const orgs = index.organisations.id.length;
  const partnerships = postingsOf(orgs, ps.length, (k, add) => {
    for (let j = index.memberStart[k]!; j < index.memberStart[k + 1]!; j++)
      if (index.memberOrganisation[j]! >= 0) add(index.memberOrganisation[j]!);
    const commissioner = ps[k]!.commissioner;
    const c = commissioner === null ? undefined : position.get(commissioner);
    if (c !== undefined) add(c);
  });
  const events = postingsOf(orgs, es.length, (e, add) => {
    for (const id of es[e]!.organisations) {
      const i = position.get(id);
      if (i !== undefined) add(i);
    }
  });
  const partnershipPosition = new Map(ps.map((p, k) => [p.id, k]));
  const partnershipEvents = postingsOf(ps.length, es.length, (e, add) => {
    const k = es[e]!.partnership;
    const at = k === null ? undefined : partnershipPosition.get(k);
    if (at !== undefined) add(at);
  });
  return { index, partnerships, events, partnershipEvents, partnershipPosition };
}

function rowOf<T>(p: Postings, row: number, items: readonly T[]): T[] {
  const out: T[] = [];
  for (let j = p.start[row]!; j < p.start[row + 1]!; j++) out.push(items[p.at[j]!]!);
  return out;
}

/**
 * The part of the landscape that bears on one organisation: itself, its partnerships (as member
 * or commissioner) and the events naming it or them — the organisation's events first, then each
 * partnership's, in input order. `portfolioOf` gives the same answer on it as on the whole.
 * An organisation that is not listed has nothing indexed: the input is scanned for it instead.
 * The organisation is rebuilt from the index's columns (`organisationAt`): a portfolio reads only
 * its id and the years of its facts.
 */
export function portfolioInputOf(pi: PortfolioIndex, organisation: string): LandscapeInput {
  const index = pi.index;
  const i = index.position.get(organisation);
  if (i === undefined) return scannedInputOf(index, organisation);
  const partnerships = rowOf(pi.partnerships, i, index.partnerships);
  const events = new Set(rowOf(pi.events, i, index.events));
  for (const p of partnerships) {
    const k = pi.partnershipPosition.get(p.id)!;
    for (const e of rowOf(pi.partnershipEvents, k, index.events)) events.add(e);
  }
  const organisations = [organisationAt(index.organisations, i)];
  return { organisations, partnerships, events: [...events] };
}

/** The same narrowing by scanning the whole input (for an organisation not listed). */
function scannedInputOf(
  input: Pick<LandscapeIndex, "partnerships" | "events">,
  organisation: string,
): LandscapeInput {
  const partnerships = input.partnerships.filter(
    (p) =>
      p.commissioner === organisation || p.members.some((m) => m.organisation === organisation),
  );
  const events = new Set(input.events.filter((e) => e.organisations.includes(organisation)));
  for (const p of partnerships)
    for (const e of input.events) if (e.partnership === p.id) events.add(e);
  return { organisations: [], partnerships, events: [...events] };
}
