import type {
  EventType,
  LifecycleEvent,
  Membership,
  Partnership,
  Role,
} from "../../shared/index.ts";
import type { SeededRandom } from "../graph/index.ts";
import { cumulativeOf, weightedIndex } from "./synthetic-draws.ts";
import type { SyntheticOrganisations } from "./synthetic-organisations.ts";

/** The generator's working state: organisations, who is dissolved when, and what has been made. */
export interface SyntheticContext {
  rng: SeededRandom;
  orgs: SyntheticOrganisations;
  /** Dissolution date by organisation index ("" = not dissolved). */
  dissolvedOn: string[];
  partnerships: Partnership[];
  events: LifecycleEvent[];
  /** Running totals of housing associations' sizes, for size-weighted draws. */
  housingBySize: Float64Array;
}

/**
 * Starts a generator context.
 * @example contextOf(orgs, seededRandom(1)).events // []
 */
export function contextOf(orgs: SyntheticOrganisations, rng: SeededRandom): SyntheticContext {
  const weights = orgs.housing.map((i) => orgs.weight[i]!);
  return {
    rng,
    orgs,
    dissolvedOn: new Array<string>(orgs.founded.length).fill(""),
    partnerships: [],
    events: [],
    housingBySize: cumulativeOf(weights),
  };
}

/** True when organisation i exists on `date` and is not dissolved by then. */
export function isAlive(ctx: SyntheticContext, i: number, date: string): boolean {
  const dissolved = ctx.dissolvedOn[i]!;
  return ctx.orgs.founded[i]! < Number(date.slice(0, 4)) && (dissolved === "" || dissolved > date);
}

/** Draws an organisation from `pool` alive on `date` (size-weighted for housing when asked); -1 after 20 misses. */
export function drawAlive(
  ctx: SyntheticContext,
  pool: readonly number[],
  date: string,
  bySize = false,
  accept: (i: number) => boolean = () => true,
): number {
  if (pool.length === 0) return -1;
  for (let tries = 0; tries < 20; tries++) {
    const i = bySize
      ? ctx.orgs.housing[weightedIndex(ctx.housingBySize, ctx.rng)]!
      : pool[ctx.rng.below(pool.length)]!;
    if (isAlive(ctx, i, date) && accept(i)) return i;
  }
  return -1;
}

/** A membership from `joined`, left on the member's dissolution if it comes first. */
export function membershipOf(
  ctx: SyntheticContext,
  i: number,
  role: Role,
  joined: string,
  left: string | null,
  shares: { turnover?: number } = {},
): Membership {
  const dissolved = ctx.dissolvedOn[i]!;
  const end = dissolved !== "" && (left === null || dissolved < left) ? dissolved : left;
  return {
    organisation: ctx.orgs.organisations[i]!.id,
    role,
    joined,
    left: end,
    shareOfValue: null,
    shareOfTurnover: shares.turnover ?? null,
    shareOfStaff: null,
  };
}

/** Records a life-cycle event; `dissolves` indexes are marked dissolved from its date. */
export function addEvent(
  ctx: SyntheticContext,
  type: EventType,
  date: string,
  members: number[],
  extra: { partnership?: string; dissolves?: number[]; stage?: number } = {},
): void {
  const ids = ctx.orgs.organisations;
  for (const i of extra.dissolves ?? []) ctx.dissolvedOn[i] = date;
  ctx.events.push({
    id: `SYN-EV-${String(ctx.events.length + 1).padStart(7, "0")}`,
    date,
    type,
    partnership: extra.partnership ?? null,
    organisations: members.map((i) => ids[i]!.id),
    dissolves: (extra.dissolves ?? []).map((i) => ids[i]!.id),
    stage: extra.stage ?? null,
    note: null,
  });
}

/** Moves the dissolved organisation's later facts into the one that absorbed it (sizes add up). */
export function absorbFacts(ctx: SyntheticContext, into: number, from: number, date: string): void {
  const year = Number(date.slice(0, 4));
  const source = ctx.orgs.organisations[from]!;
  const target = ctx.orgs.organisations[into]!;
  for (const f of source.facts.filter((x) => x.year > year)) {
    const t = target.facts.find((x) => x.year === f.year);
    if (!t) continue;
    if (t.homes !== null && f.homes !== null) t.homes += f.homes;
    if (t.turnover !== null && f.turnover !== null) t.turnover += f.turnover;
    if (t.staff !== null && f.staff !== null) t.staff += f.staff;
  }
  source.facts = source.facts.filter((x) => x.year <= year);
}
