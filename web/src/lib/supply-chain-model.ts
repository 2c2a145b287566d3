import type { PbrGroupInput, PbrModel, PbrProvider } from "../../../src/shared/pbr.ts";

/** The editor's working copy of a model (groups may come from the preset, before defaults apply). */
export type ModelDraft = Omit<PbrModel, "groups"> & {
  groups: (PbrGroupInput & { unverified?: boolean })[];
};

/** A new model from the Work Programme preset: one prime taking every referral, terms to edit. */
export function draftFromPreset(groups: PbrGroupInput[], startDate: string): ModelDraft {
  return {
    format: "partnerscope-pbr/v1",
    startDate,
    horizonWeeks: 364,
    discount: { rate: 0.035 },
    groups,
    providers: [
      {
        id: "prime",
        name: "Prime contractor",
        tier: "prime",
        performance: 1,
        costs: {
          perReferral: 120,
          perWeekOnProgramme: 7,
          perWeekInWorkSupport: 10,
          setUp: 400_000,
        },
      },
    ],
    allocation: groups.map((g) => ({ group: g.id, provider: "prime", share: 1 })),
    terms: { primeRetention: 0.2, paymentLagWeeks: 4, attachmentPassThrough: false },
  };
}

/** The share of a group's referrals sent to a provider (0 when not allocated). */
export function shareOf(model: ModelDraft, group: string, provider: string): number {
  return model.allocation.find((a) => a.group === group && a.provider === provider)?.share ?? 0;
}

/** Sum of each group's shares: must be 1 for the model to be valid. */
export function allocationSums(model: ModelDraft): Map<string, number> {
  const sums = new Map(model.groups.map((g) => [g.id, 0]));
  for (const a of model.allocation) sums.set(a.group, (sums.get(a.group) ?? 0) + a.share);
  return sums;
}

/** Whether a sum of shares is 1 (to the schema's tolerance, after rounding typed decimals). */
export function isWhole(sum: number): boolean {
  return Math.abs(sum - 1) < 1e-9;
}

/** The model with one group–provider share set (a zero share removes the row). */
export function withShare(
  model: ModelDraft,
  group: string,
  provider: string,
  share: number,
): ModelDraft {
  const rest = model.allocation.filter((a) => !(a.group === group && a.provider === provider));
  const allocation = share > 0 ? [...rest, { group, provider, share }] : rest;
  return { ...model, allocation };
}

/** The model with a new subcontractor (ids made unique). */
export function withNewProvider(model: ModelDraft): ModelDraft {
  let n = model.providers.length;
  while (model.providers.some((p) => p.id === `provider-${n}`)) n++;
  const provider: PbrProvider = {
    id: `provider-${n}`,
    name: `New provider ${n}`,
    tier: "tier2",
    performance: 1,
    costs: { perReferral: 150, perWeekOnProgramme: 9, perWeekInWorkSupport: 12, setUp: 25_000 },
  };
  return { ...model, providers: [...model.providers, provider] };
}

/** The model without a provider and its allocation rows. */
export function withoutProvider(model: ModelDraft, id: string): ModelDraft {
  return {
    ...model,
    providers: model.providers.filter((p) => p.id !== id),
    allocation: model.allocation.filter((a) => a.provider !== id),
  };
}

/** The model with one provider changed (renaming its id carries its allocation rows along). */
export function withProvider(model: ModelDraft, index: number, next: PbrProvider): ModelDraft {
  const old = model.providers[index]!;
  const providers = model.providers.map((p, i) => (i === index ? next : p));
  const allocation =
    old.id === next.id
      ? model.allocation
      : model.allocation.map((a) => (a.provider === old.id ? { ...a, provider: next.id } : a));
  return { ...model, providers, allocation };
}

/** The model with one group changed (renaming its id carries its allocation rows along). */
export function withGroup(
  model: ModelDraft,
  index: number,
  next: ModelDraft["groups"][number],
): ModelDraft {
  const old = model.groups[index]!;
  const groups = model.groups.map((g, i) => (i === index ? next : g));
  const allocation =
    old.id === next.id
      ? model.allocation
      : model.allocation.map((a) => (a.group === old.id ? { ...a, group: next.id } : a));
  return { ...model, groups, allocation };
}
