import type { SimulationParameters } from "../../shared/simulation.ts";
import type { SeededRandom } from "../graph/index.ts";
import { indexByShare, kthLargest, normal, poisson } from "./random.ts";
import type { PartnerIndex } from "./search.ts";
import {
  addAgent,
  EVENT,
  endMember,
  KIND,
  logEvent,
  type SectorState,
  YEAR_CODE,
} from "./state.ts";

/** What one year's step needs besides the state and the parameters. */
export interface StepContext {
  rng: SeededRandom;
  year: number;
  /** Organisations in the starting sector: entrants are a rate per 1,000 of them. */
  initialCount: number;
  regionShares: readonly number[];
  /** Scratch space of at least 3 × the agents in use, for quickselect and yearly totals. */
  scratch: Float64Array;
  /** The year constitutional change starts being counted. */
  windowFrom: number;
  mergers: number;
  /** Actions so far this year, for date codes. */
  sequence: number;
  /** This year's grant growth of a funded developer: the grant pool over the funded stock. */
  grantRate: number;
  /** Last year's partner index and acting order, whose arrays the next year reuses. */
  partnerIndex?: PartnerIndex;
  order?: Int32Array;
}

/** The next date code of the year: year × YEAR_CODE + the action's order within the year. */
export function dateIn(ctx: StepContext): number {
  return ctx.year * YEAR_CODE + ctx.sequence++;
}

/** True for housing associations (traditional or stock transfer). */
export function isAssociation(s: SectorState, a: number): boolean {
  // KIND.association (0) and KIND.stockTransfer (1), as literals: this runs in every hot loop.
  return s.kind[a]! <= 1;
}

/**
 * Grant goes directly to the `fundedDevelopers` largest developing groups (a parent with its
 * subsidiaries counts as one); subsidiaries share their parent's status. The grant is a pool worth
 * `grantGrowth` of all developing stock, shared by the funded in proportion to size: fewer funded
 * developers (investment partnering: 400 → 70) means each grows faster.
 */
export function fundDevelopers(s: SectorState, p: SimulationParameters, ctx: StepContext): void {
  const n = s.n;
  // Columns as locals: these loops run over every agent each year (isAssociation is kind ≤ 1).
  const { alive, develops, kind, parent, size } = s;
  const unit = ctx.scratch.length >= 2 * n ? ctx.scratch.subarray(n) : new Float64Array(n);
  unit.fill(0, 0, n);
  for (let a = 0; a < n; a++)
    if (alive[a] && develops[a] && kind[a]! <= 1)
      unit[parent[a]! >= 0 ? parent[a]! : a]! += size[a]!;
  let count = 0;
  const values = ctx.scratch.length >= 3 * n ? ctx.scratch.subarray(2 * n) : new Float64Array(n);
  for (let a = 0; a < n; a++) if (unit[a]! > 0) values[count++] = unit[a]!;
  const threshold = kthLargest(
    values,
    count,
    Math.round(p.fundedDevelopers),
    ctx.scratch.subarray(0, n),
  );
  let developing = 0;
  let funded = 0;
  const flags = s.funded;
  for (let a = 0; a < n; a++) {
    const top = parent[a]! >= 0 ? parent[a]! : a;
    flags[a] = alive[a] && develops[a] && unit[top]! > 0 && unit[top]! >= threshold ? 1 : 0;
    if (alive[a] && develops[a] && kind[a]! <= 1) developing += size[a]!;
    if (flags[a] && kind[a]! <= 1) funded += size[a]!;
  }
  ctx.grantRate = funded > 0 ? (p.grantGrowth * developing) / funded : 0;
}

/** Each association's stock grows by exp(growth + grant growth if funded + growthSd·Z); reserves drift. */
export function grow(s: SectorState, p: SimulationParameters, ctx: StepContext): void {
  const { alive, kind, funded, size, reserves } = s;
  for (let a = 0; a < s.n; a++) {
    if (!alive[a] || kind[a]! > 1) continue;
    const g = p.growth + (funded[a] ? ctx.grantRate : 0) + p.growthSd * normal(ctx.rng);
    size[a] = size[a]! * Math.exp(g);
    reserves[a] = Math.min(0.5, Math.max(-0.1, reserves[a]! + 0.04 * (ctx.rng.next() - 0.45)));
  }
}

/** Removes an agent from its consortium and supply chain (its group is handled by the caller). */
export function leaveTies(s: SectorState, a: number, when: number): void {
  if (s.consortium[a]! >= 0) endMember(s, s.consortiumSeat[a]!, when);
  if (s.chain[a]! >= 0) endMember(s, s.chainSeat[a]!, when);
  s.consortium[a] = -1;
  s.chain[a] = -1;
}

/** Small associations (under exitSize homes, not group parents) leave the register at exitRate (twice that with weak reserves). */
export function exits(s: SectorState, p: SimulationParameters, ctx: StepContext): void {
  const { alive, kind, subsidiaries, size, reserves } = s;
  for (let a = 0; a < s.n; a++) {
    if (!alive[a] || kind[a]! > 1 || subsidiaries[a]! > 0 || size[a]! >= p.exitSize) continue;
    const rate = p.exitRate * (reserves[a]! < 0.05 ? 2 : 1);
    if (ctx.rng.next() >= rate) continue;
    const when = dateIn(ctx);
    s.alive[a] = 0;
    leaveTies(s, a, when);
    const parent = s.parent[a]!;
    if (parent >= 0) {
      endMember(s, s.groupSeat[a]!, when);
      s.subsidiaries[parent]!--;
      s.parent[a] = -1;
    }
    logEvent(s, when, EVENT.exited, -1, a);
  }
}

/** Stock transfers: Poisson(entrants × initial count / 1,000) new developing associations a year, indebted. */
export function entrants(s: SectorState, p: SimulationParameters, ctx: StepContext): void {
  const count = poisson(ctx.rng, (p.entrants * ctx.initialCount) / 1000);
  for (let k = 0; k < count; k++) {
    const a = addAgent(s);
    s.kind[a] = KIND.stockTransfer;
    s.size[a] = Math.exp(Math.log(p.entrantMedian) + p.entrantSd * normal(ctx.rng));
    s.region[a] = indexByShare(ctx.regionShares, ctx.rng.next());
    s.develops[a] = 1;
    s.reserves[a] = 0.1;
    s.debt[a] = Math.exp(0.5 + 0.3 * normal(ctx.rng));
    s.born[a] = ctx.year;
  }
}

/** Developing associations stop developing at developerExitRate (and so leave mandated groups). */
export function developerExits(s: SectorState, p: SimulationParameters, ctx: StepContext): void {
  if (!(p.developerExitRate > 0)) return;
  for (let a = 0; a < s.n; a++)
    if (s.alive[a] && s.develops[a] && ctx.rng.next() < p.developerExitRate) s.develops[a] = 0;
}
