import {
  SIMULATION_POLICY_LABELS,
  type SimulationParameter,
  type SimulationParameters,
  type SimulationPolicyId,
  type TimelineEntry,
} from "../../shared/simulation.ts";

/** A policy as data: when it starts (and ends) and the parameter values it sets while active. */
export interface Policy {
  id: SimulationPolicyId;
  label: string;
  start: number;
  end: number | null;
  parameters: Partial<SimulationParameters>;
  /** What the paper says it did, so reports can say why a parameter moved. */
  effect: string;
}

/**
 * The shipped policies (docs/domain/housing-sector.md, northern-ireland.md, work-programme.md).
 * Values are what each sets while active; the base (no-policy) values are in each preset.
 */
export const POLICIES: Record<SimulationPolicyId, Policy> = {
  public_funding_1974: {
    id: "public_funding_1974",
    label: SIMULATION_POLICY_LABELS.public_funding_1974,
    start: 1974,
    end: null,
    parameters: { grantGrowth: 0.02, fundedDevelopers: 400 },
    effect: "grant funds development by associations (growth and a first merger wave)",
  },
  private_finance_1988: {
    id: "private_finance_1988",
    label: SIMULATION_POLICY_LABELS.private_finance_1988,
    start: 1988,
    end: null,
    parameters: { benefitScale: 0.6 },
    effect: "lenders favour scale, so joining a larger partner pays (a second wave)",
  },
  investment_partnering_2004: {
    id: "investment_partnering_2004",
    label: SIMULATION_POLICY_LABELS.investment_partnering_2004,
    start: 2004,
    end: null,
    parameters: { fundedDevelopers: 70, benefitFunding: 1.2 },
    effect:
      "directly funded developers cut from over 400 to about 70; ties to them are worth more (a third wave)",
  },
  lender_repricing_2008: {
    id: "lender_repricing_2008",
    label: SIMULATION_POLICY_LABELS.lender_repricing_2008,
    start: 2008,
    end: 2010,
    parameters: { repricingCost: 1.5 },
    effect:
      "a change of control lets lenders re-price old loans, so mergers and groups cost more (a trough)",
  },
  regulator_change_2008: {
    id: "regulator_change_2008",
    label: SIMULATION_POLICY_LABELS.regulator_change_2008,
    start: 2008,
    end: null,
    parameters: { deepenRate: 0.08 },
    effect:
      "regulatory pressure to simplify groups: subsidiaries integrate or transfer into parents",
  },
  procurement_groups_ni_2008: {
    id: "procurement_groups_ni_2008",
    label: SIMULATION_POLICY_LABELS.procurement_groups_ni_2008,
    start: 2008,
    end: null,
    parameters: { procurementGroupMin: 5, procurementGroupMax: 10, procurementRegion: 0 },
    effect: "developing associations must build through groups of five to ten",
  },
  work_programme_2011: {
    id: "work_programme_2011",
    label: SIMULATION_POLICY_LABELS.work_programme_2011,
    start: 2011,
    end: null,
    parameters: { primes: 18, supplyChainSize: 10 },
    effect:
      "a few prime contractors hold the contracts and sub-contract to charities (payment by results)",
  },
};

/** A timeline entry resolved against its policy: concrete years and values. */
export interface ActivePolicy {
  policy: SimulationPolicyId;
  from: number;
  to: number | null;
  parameters: Partial<SimulationParameters>;
}

/** A preset's timeline entry with the policy's own values under the entry's overrides. */
export function resolveEntry(entry: TimelineEntry): ActivePolicy {
  const policy = POLICIES[entry.policy];
  return {
    policy: entry.policy,
    from: entry.from,
    to: entry.to,
    parameters: { ...policy.parameters, ...entry.parameters },
  };
}

/**
 * The parameters in force in `year`: the base values, then each active policy's values in order of
 * its start (a later policy overrides an earlier one on the same parameter).
 * @example parametersInYear(base, [lender 2008–2010], 2009).repricingCost // 1.5
 */
export function parametersInYear(
  base: SimulationParameters,
  timeline: readonly ActivePolicy[],
  year: number,
): SimulationParameters {
  const out = { ...base };
  const active = timeline
    .filter((p) => p.from <= year && (p.to === null || year <= p.to))
    .sort((a, b) => a.from - b.from);
  for (const p of active)
    for (const [key, value] of Object.entries(p.parameters))
      out[key as SimulationParameter] = value as number;
  return out;
}
