import type { SimulationParameters } from "../../shared/simulation.ts";
import { indexByShare } from "./random.ts";
import {
  addMember,
  addPartnership,
  EVENT,
  endMember,
  FORM,
  KIND,
  logEvent,
  type SectorState,
} from "./state.ts";
import { dateIn, isAssociation, type StepContext } from "./step.ts";

/** Open partnerships of one form. */
function openOf(s: SectorState, form: number): number[] {
  const out: number[] = [];
  for (let p = 0; p < s.partnerships.form.length; p++)
    if (s.partnerships.form.at(p) === form && s.partnerships.end.at(p) === -1) out.push(p);
  return out;
}

function leaveGroup(s: SectorState, a: number, when: number) {
  const g = s.consortium[a]!;
  endMember(s, s.consortiumSeat[a]!, when);
  s.consortium[a] = -1;
  s.consortiumSeat[a] = -1;
  logEvent(s, when, EVENT.left, g, a);
}

function joinGroup(s: SectorState, a: number, g: number, when: number) {
  if (s.consortium[a]! >= 0) leaveGroup(s, a, when);
  s.consortium[a] = g;
  s.consortiumSeat[a] = addMember(s, g, a, 1, when);
  logEvent(s, when, EVENT.joined, g, a);
}

function endPartnership(s: SectorState, g: number, lead: number, when: number) {
  s.partnerships.end.data[g] = when;
  logEvent(s, when, EVENT.ended, g, lead);
}

/**
 * Mandated procurement groups (Northern Ireland from 2008): every developing association of the
 * region belongs to one; there are ceil(developers / max) groups; a surplus group (the smallest) is
 * wound up and its members re-assigned, each newcomer joins the smallest group, and groups below
 * the minimum take members from the largest. After two mergers 32 developers become 30: 4 → 3 groups.
 */
export function procurementGroups(s: SectorState, p: SimulationParameters, ctx: StepContext): void {
  let groups = openOf(s, FORM.procurementGroup);
  const when = dateIn(ctx);
  const inScope = (a: number) =>
    s.alive[a] === 1 &&
    s.develops[a] === 1 &&
    isAssociation(s, a) &&
    s.region[a] === p.procurementRegion;
  const mandated = (a: number) => groups.includes(s.consortium[a]!);
  if (!(p.procurementGroupMax > 0)) {
    for (const g of groups) endPartnership(s, g, s.partnerships.lead.at(g), when);
    for (let a = 0; a < s.n; a++)
      if (s.consortium[a]! >= 0 && mandated(a)) endMember(s, s.consortiumSeat[a]!, when);
    return;
  }
  const developers: number[] = [];
  for (let a = 0; a < s.n; a++) {
    if (inScope(a)) developers.push(a);
    else if (s.consortium[a]! >= 0 && mandated(a) && s.alive[a]) leaveGroup(s, a, when);
  }
  const members = (g: number) => developers.filter((a) => s.consortium[a] === g);
  const wanted = Math.ceil(developers.length / p.procurementGroupMax);
  while (groups.length > wanted) {
    const smallest = groups.reduce((x, g) => (members(g).length < members(x).length ? g : x));
    for (const a of members(smallest)) leaveGroup(s, a, when);
    endPartnership(s, smallest, s.partnerships.lead.at(smallest), when);
    groups = groups.filter((g) => g !== smallest);
  }
  const unassigned = developers.filter((a) => !mandated(a)).sort((a, b) => s.size[b]! - s.size[a]!);
  while (groups.length < wanted && unassigned.length > 0) {
    const lead = unassigned.shift()!;
    const g = addPartnership(s, FORM.procurementGroup, 2, when, lead);
    logEvent(s, when, EVENT.formed, g, lead, -1, 2);
    groups.push(g);
    joinGroup(s, lead, g, when);
  }
  const sizeOf = (g: number) => members(g).length;
  const smallestGroup = () => groups.reduce((x, g) => (sizeOf(g) < sizeOf(x) ? g : x));
  for (const a of unassigned) joinGroup(s, a, smallestGroup(), when);
  for (let guard = 0; guard < developers.length; guard++) {
    const small = smallestGroup();
    const large = groups.reduce((x, g) => (sizeOf(g) > sizeOf(x) ? g : x));
    if (sizeOf(small) >= p.procurementGroupMin || sizeOf(large) <= p.procurementGroupMin) break;
    const moved = members(large).find((a) => a !== s.partnerships.lead.at(large))!;
    joinGroup(s, moved, small, when);
  }
}

function sizeWeighted(s: SectorState, pool: number[], ctx: StepContext): number {
  return pool[
    indexByShare(
      pool.map((a) => s.size[a]!),
      ctx.rng.next(),
    )
  ]!;
}

/**
 * Work Programme supply chains (from 2011): the `primes` largest companies each take a chain of
 * `supplyChainSize` charities drawn by size (a charity serves at most one prime); chains close when
 * the policy ends.
 */
export function supplyChains(s: SectorState, p: SimulationParameters, ctx: StepContext): void {
  const open = openOf(s, FORM.supplyChain);
  const when = dateIn(ctx);
  if (!(p.primes > 0)) {
    for (const c of open) endPartnership(s, c, s.partnerships.lead.at(c), when);
    for (let a = 0; a < s.n; a++) if (s.chain[a]! >= 0) endMember(s, s.chainSeat[a]!, when);
    s.chain.fill(-1, 0, s.n);
    return;
  }
  if (open.length > 0) return;
  const companies: number[] = [];
  const charities: number[] = [];
  for (let a = 0; a < s.n; a++) {
    if (!s.alive[a]) continue;
    if (s.kind[a] === KIND.company) companies.push(a);
    else if (s.kind[a] === KIND.charity) charities.push(a);
  }
  companies.sort((a, b) => s.size[b]! - s.size[a]!);
  for (const prime of companies.slice(0, Math.round(p.primes))) {
    const c = addPartnership(s, FORM.supplyChain, 3, when, prime);
    s.chain[prime] = c;
    s.chainSeat[prime] = addMember(s, c, prime, 2, when);
    logEvent(s, when, EVENT.formed, c, prime, -1, 3);
    for (let k = 0; k < p.supplyChainSize && charities.length > 0; k++) {
      const a = sizeWeighted(s, charities, ctx);
      charities.splice(charities.indexOf(a), 1);
      s.chain[a] = c;
      s.chainSeat[a] = addMember(s, c, a, 3, when);
      logEvent(s, when, EVENT.joined, c, a);
    }
  }
}
