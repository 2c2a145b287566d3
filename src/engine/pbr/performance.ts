import type {
  GroupRate,
  PerformanceResult,
  ProviderPerformance,
} from "../../shared/pbr-results.ts";
import { creamingSignalOf, midDateOf, parkingSignalOf } from "./case-mix-signals.ts";
import { funnelCurve, funnelFlagOf, funnelLimits } from "./funnel.ts";
import type { ParticipantRecord } from "./participants.ts";

export type {
  GroupRate,
  PerformanceResult,
  ProviderPerformance,
} from "../../shared/pbr-results.ts";

/** Thresholds of the parking and creaming signals. */
export interface PerformanceOptions {
  /** Flag parking when hard-group support hours fall below this share of easy-group hours (default 0.5). */
  parkingThreshold?: number;
  /** Flag creaming when the easy-group share of referrals rises by more than this (default 0.1). */
  creamingThreshold?: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Groups' chain-wide outcome rates, with easy/hard split at the median group rate.
 * @example groupRatesOf(records)[0] // { id: "a", participants: 100, outcomes: 30, rate: 0.3, easy: true }
 */
export function groupRatesOf(records: readonly ParticipantRecord[]): GroupRate[] {
  const byGroup = new Map<string, { participants: number; outcomes: number }>();
  for (const r of records) {
    const g = byGroup.get(r.group) ?? { participants: 0, outcomes: 0 };
    g.participants++;
    g.outcomes += r.outcome;
    byGroup.set(r.group, g);
  }
  const rows = [...byGroup].map(([id, g]) => ({ id, ...g, rate: g.outcomes / g.participants }));
  const mid = median(rows.map((g) => g.rate));
  return rows
    .map((g) => ({ ...g, easy: g.rate > mid ? true : g.rate < mid ? false : null }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

interface Context {
  rate: Map<string, number>;
  easy: Set<string>;
  hard: Set<string>;
  splitDate: string;
  parking: number;
  creaming: number;
}

function providerPerformanceOf(
  id: string,
  rows: ParticipantRecord[],
  ctx: Context,
): ProviderPerformance {
  const n = rows.length;
  const observed = rows.reduce((s, r) => s + r.outcome, 0);
  const expected = rows.reduce((s, r) => s + ctx.rate.get(r.group)!, 0);
  const limits = funnelLimits(expected / n, n);
  return {
    id,
    participants: n,
    observed,
    expected,
    ratio: expected > 0 ? observed / expected : null,
    observedRate: observed / n,
    expectedRate: expected / n,
    limits,
    funnel: funnelFlagOf(observed / n, limits),
    parking: parkingSignalOf(rows, ctx.easy, ctx.hard, ctx.parking),
    creaming: creamingSignalOf(rows, ctx.easy, ctx.splitDate, ctx.creaming),
  };
}

function contextOf(
  records: readonly ParticipantRecord[],
  groups: GroupRate[],
  options: PerformanceOptions,
): Context {
  return {
    rate: new Map(groups.map((g) => [g.id, g.rate])),
    easy: new Set(groups.filter((g) => g.easy === true).map((g) => g.id)),
    hard: new Set(groups.filter((g) => g.easy === false).map((g) => g.id)),
    splitDate: records.length > 0 ? midDateOf(records.map((r) => r.referralDate)) : "",
    parking: options.parkingThreshold ?? 0.5,
    creaming: options.creamingThreshold ?? 0.1,
  };
}

/**
 * Observed against expected outcomes per provider (expected from the chain-wide rate of each
 * participant's group), funnel limits for the observed rate, and parking and creaming signals.
 * @example performanceOf(parseParticipants(csv)).providers[0].ratio // e.g. 1.5
 */
export function performanceOf(
  records: readonly ParticipantRecord[],
  options: PerformanceOptions = {},
): PerformanceResult {
  const groups = groupRatesOf(records);
  const ctx = contextOf(records, groups, options);
  const byProvider = new Map<string, ParticipantRecord[]>();
  for (const r of records) {
    const rows = byProvider.get(r.provider);
    if (rows) rows.push(r);
    else byProvider.set(r.provider, [r]);
  }
  const providers = [...byProvider.keys()]
    .sort()
    .map((id) => providerPerformanceOf(id, byProvider.get(id)!, ctx));
  const outcomes = records.reduce((s, r) => s + r.outcome, 0);
  const rate = records.length > 0 ? outcomes / records.length : 0;
  const medianGroupRate = groups.length > 0 ? median(groups.map((g) => g.rate)) : 0;
  return {
    chain: {
      participants: records.length,
      outcomes,
      rate,
      medianGroupRate,
      splitDate: ctx.splitDate,
    },
    groups,
    providers,
    funnel: funnelCurve(rate, Math.max(0, ...providers.map((p) => p.participants))),
    thresholds: { parking: ctx.parking, creaming: ctx.creaming },
    assumptions: performanceAssumptions(ctx.parking, ctx.creaming),
  };
}

function performanceAssumptions(parking: number, creaming: number): string[] {
  return [
    "Expected outcomes use indirect standardisation: each participant counts their group's chain-wide outcome rate.",
    "Funnel limits are p ± z·√(p(1 − p)/n) with p = expected ÷ participants, z = 1.96 (95%) and 3.09 (99.8%); the plotted funnel uses the chain-wide rate.",
    "Easy groups have a chain-wide outcome rate above the median group rate, hard groups below it; a group at the median is neither.",
    `Parking is flagged when a provider's mean support hours for hard groups are below ${parking} × its mean for easy groups.`,
    `Creaming is flagged when the easy-group share of a provider's referrals rises by more than ${creaming} (absolute) from before to after the mid-period date.`,
    "Signals are prompts for a conversation, not proof: small numbers and genuine specialisms produce them too.",
  ];
}
