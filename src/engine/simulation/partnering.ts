import type { SimulationParameters } from "../../shared/simulation.ts";
import { drawMisses, type HazardTable, hazardTable } from "./hazard.ts";
import { actingOrder } from "./initial.ts";
import { drawPartner, type PartnerIndex, partnerIndex } from "./search.ts";
import {
  addMember,
  addPartnership,
  CONSTITUTIONAL,
  EVENT,
  endMember,
  FORM,
  logEvent,
  type SectorState,
} from "./state.ts";
import { dateIn, isAssociation, leaveTies, type StepContext } from "./step.ts";

/** Logs an event and marks constitutional change for both organisations (once, from the window's start). */
function record(
  s: SectorState,
  ctx: StepContext,
  when: number,
  type: number,
  p: number,
  a: number,
  b: number,
  stage = -1,
) {
  logEvent(s, when, type, p, a, b, stage);
  if (type === EVENT.merged || type === EVENT.transfer) ctx.mergers++;
  if (!CONSTITUTIONAL.has(type) || ctx.year < ctx.windowFrom) return;
  if (s.changed[a] === 0) s.changed[a] = ctx.year;
  if (b >= 0 && s.changed[b] === 0) s.changed[b] = ctx.year;
}

/**
 * The junior partner's utilities of a consortium (stage 2), a group (5) and a merger (7) with the
 * senior: scale and funding benefits against autonomy costs and loan re-pricing on its debt.
 * @example utilities(p, { gap: 0.9, funding: 0, rescue: 0, debt: 1, inConsortium: false })
 */
export function utilities(
  p: SimulationParameters,
  j: { gap: number; funding: number; rescue: number; debt: number; inConsortium: boolean },
): [number, number, number] {
  const scale = p.benefitScale * j.gap;
  const u2 = j.inConsortium ? Number.NEGATIVE_INFINITY : -p.costConsortium + 0.5 * j.funding;
  const u5 = -p.costGroup + scale + j.funding + 0.5 * j.rescue - 0.5 * p.repricingCost * j.debt;
  const u7 = -p.costMerger + scale + j.funding + j.rescue - p.repricingCost * j.debt;
  return [u2, u5, u7];
}

/** Chooses 0 (stay), 2, 5 or 7 by multinomial logit over (0, u2, u5, u7). */
export function choose(u: [number, number, number], draw: number): number {
  const w2 = Math.exp(u[0]);
  const w5 = Math.exp(u[1]);
  const w7 = Math.exp(u[2]);
  const x = draw * (1 + w2 + w5 + w7);
  if (x < 1) return 0;
  if (x < 1 + w2) return 2;
  return x < 1 + w2 + w5 ? 5 : 7;
}

/** The senior a subsidiary or tie points to: a subsidiary's parent stands for it. */
function topOf(s: SectorState, a: number): number {
  return s.parent[a]! >= 0 ? s.parent[a]! : a;
}

function findPartner(
  s: SectorState,
  p: SimulationParameters,
  ctx: StepContext,
  index: PartnerIndex,
  a: number,
): number {
  const c = s.consortium[a]!;
  if (c >= 0 && ctx.rng.next() < p.tieWeight) {
    const lead = topOf(s, s.partnerships.lead.at(c));
    if (lead !== a && s.alive[lead]) return lead;
  }
  const j = drawPartner(index, s.region[a]!, ctx.rng.next() < p.regionLocal, ctx.rng);
  if (j < 0 || !s.alive[j]) return -1;
  const top = topOf(s, j);
  return top === a || !s.alive[top] ? -1 : top;
}

function joinConsortium(
  s: SectorState,
  ctx: StepContext,
  senior: number,
  junior: number,
  when: number,
) {
  let c = s.consortium[senior]!;
  // Mandated groups are filled by the mandate, not by invitation.
  if (c >= 0 && s.partnerships.form.at(c) !== FORM.consortium) return;
  if (c < 0) {
    c = addPartnership(s, FORM.consortium, 2, when, senior);
    s.consortium[senior] = c;
    s.consortiumSeat[senior] = addMember(s, c, senior, 0, when);
    logEvent(s, when, EVENT.formed, c, senior, junior, 2);
  } else logEvent(s, when, EVENT.joined, c, junior, -1);
  s.consortium[junior] = c;
  s.consortiumSeat[junior] = addMember(s, c, junior, 1, when);
  void ctx;
}

function joinGroup(s: SectorState, ctx: StepContext, senior: number, junior: number, when: number) {
  closeEmptyGroup(s, junior, when);
  let g = s.group[senior]!;
  const formed = g < 0;
  if (formed) {
    g = addPartnership(s, FORM.group, 5, when, senior);
    s.group[senior] = g;
    s.groupSeat[senior] = addMember(s, g, senior, 0, when);
  }
  s.group[junior] = g;
  s.parent[junior] = senior;
  s.subsidiaries[senior]!++;
  s.groupSeat[junior] = addMember(s, g, junior, 1, when);
  record(
    s,
    ctx,
    when,
    formed ? EVENT.groupFormed : EVENT.groupJoined,
    g,
    senior,
    junior,
    formed ? 5 : -1,
  );
}

/** The senior absorbs the junior: stock, debt and reserves add up; the junior is dissolved. */
export function absorb(
  s: SectorState,
  ctx: StepContext,
  senior: number,
  junior: number,
  when: number,
  group = -1,
) {
  const total = s.size[senior]! + s.size[junior]!;
  const w = total > 0 ? s.size[junior]! / total : 0;
  s.debt[senior] = s.debt[senior]! * (1 - w) + s.debt[junior]! * w;
  s.reserves[senior] = s.reserves[senior]! * (1 - w) + s.reserves[junior]! * w;
  s.size[senior] = total;
  s.alive[junior] = 0;
  leaveTies(s, junior, when);
  closeEmptyGroup(s, junior, when);
  if (s.parent[junior]! >= 0) {
    endMember(s, s.groupSeat[junior]!, when);
    s.subsidiaries[s.parent[junior]!]!--;
    s.parent[junior] = -1;
  }
  const type = group >= 0 || ctx.rng.next() < 0.6 ? EVENT.transfer : EVENT.merged;
  record(s, ctx, when, type, group, senior, junior, 7);
}

/** Ends the group a parent leads once its last subsidiary has gone. */
function closeEmptyGroup(s: SectorState, parent: number, when: number) {
  if (s.subsidiaries[parent]! > 0 || s.group[parent]! < 0 || s.parent[parent]! >= 0) return;
  const g = s.group[parent]!;
  s.partnerships.end.data[g] = when;
  endMember(s, s.groupSeat[parent]!, when);
  s.group[parent] = -1;
}

/** A subsidiary leaves its group, is absorbed by its parent, or stays; groups deepen to stage 6. */
function subsidiaryStep(s: SectorState, p: SimulationParameters, ctx: StepContext, a: number) {
  const parent = s.parent[a]!;
  const g = s.group[a]!;
  const u = ctx.rng.next();
  if (u < p.leaveRate) {
    const when = dateIn(ctx);
    endMember(s, s.groupSeat[a]!, when);
    s.subsidiaries[parent]!--;
    s.parent[a] = -1;
    s.group[a] = -1;
    logEvent(s, when, EVENT.left, g, a);
    closeEmptyGroup(s, parent, when);
    return;
  }
  const absorbRate = p.deepenRate * Math.exp(-p.repricingCost * s.debt[a]!);
  if (u < p.leaveRate + absorbRate) {
    const when = dateIn(ctx);
    absorb(s, ctx, parent, a, when, g);
    closeEmptyGroup(s, parent, when);
  } else if (u < p.leaveRate + absorbRate + p.deepenRate && s.partnerships.stage.at(g) === 5) {
    s.partnerships.stage.data[g] = 6;
    logEvent(s, dateIn(ctx), EVENT.deepened, g, parent, -1, 6);
  }
}

function seek(
  s: SectorState,
  p: SimulationParameters,
  ctx: StepContext,
  index: PartnerIndex,
  hazard: HazardTable,
  a: number,
) {
  // The hazard is min(0.9, partneringRate × (size / 1000)^sizeElasticity); see hazard.ts.
  if (drawMisses(hazard, s.size[a]! / 1000, ctx.rng.next())) return;
  const b = findPartner(s, p, ctx, index, a);
  if (b < 0) return;
  const [senior, junior] = s.size[b]! >= s.size[a]! ? [b, a] : [a, b];
  const total = s.size[senior]! + s.size[junior]!;
  const u = utilities(p, {
    gap: total > 0 ? s.size[senior]! / total : 0.5,
    funding: s.funded[senior] && !s.funded[junior] ? p.benefitFunding : 0,
    rescue: s.reserves[junior]! < 0.05 ? p.benefitRescue : 0,
    debt: s.debt[junior]!,
    inConsortium: s.consortium[junior]! >= 0,
  });
  let choice = choose(u, ctx.rng.next());
  // A group parent is not taken over here: it may only join a consortium.
  if (choice >= 5 && s.subsidiaries[junior]! > 0) choice = Number.isFinite(u[0]) ? 2 : 0;
  if (choice === 0) return;
  const when = dateIn(ctx);
  if (choice === 2) joinConsortium(s, ctx, senior, junior, when);
  else if (choice === 5) joinGroup(s, ctx, senior, junior, when);
  else absorb(s, ctx, senior, junior, when);
}

/** One year of partnering decisions, every association acting once in a random order. */
export function partnering(
  s: SectorState,
  p: SimulationParameters,
  ctx: StepContext,
  regions: number,
): void {
  const index = partnerIndex(s, regions, ctx.partnerIndex);
  ctx.partnerIndex = index;
  if (!ctx.order || ctx.order.length < s.n) ctx.order = new Int32Array(Math.ceil(s.n * 1.25));
  const order = actingOrder(s.n, ctx.rng, ctx.order);
  const hazard = hazardTable(p.partneringRate, p.sizeElasticity);
  for (let k = 0; k < order.length; k++) {
    const a = order[k]!;
    if (!s.alive[a] || !isAssociation(s, a)) continue;
    if (s.parent[a]! >= 0) subsidiaryStep(s, p, ctx, a);
    else seek(s, p, ctx, index, hazard, a);
  }
}
