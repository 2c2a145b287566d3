import { z } from "zod";
import { entityId, isoDate, name, share } from "./primitives.ts";

/** The identifier of the payment-by-results supply-chain model format. */
export const PBR_FORMAT = "partnerscope-pbr/v1";

/** Tiers of a payment-by-results supply chain (Work Programme usage: prime, end-to-end, specialist). */
export const PBR_TIERS = ["prime", "tier1", "tier2"] as const;
export type PbrTier = (typeof PBR_TIERS)[number];

/** Shares of a group's referrals must sum to 1 within this tolerance. */
export const SHARE_TOLERANCE = 1e-9;

const money = z.number().finite().min(0, { message: "must not be negative" });
const probability = z
  .number()
  .min(0, { message: "must be a probability between 0 and 1" })
  .max(1, { message: "must be a probability between 0 and 1" });
const weeks = z.number().int({ message: "must be a whole number of weeks" }).min(0);

/** From `fromWeek` (weeks after the model's start) the attachment fee is `fee`. */
export const attachmentFeeStepSchema = z.object({ fromWeek: weeks, fee: money });
export type AttachmentFeeStep = z.infer<typeof attachmentFeeStepSchema>;

/** A payment group: who is referred, how often, and what each outcome pays. */
export const pbrGroupSchema = z.object({
  id: entityId,
  name,
  referralsPerWeek: z.number().finite().min(0, { message: "must not be negative" }),
  referralWeeks: weeks,
  attachmentFee: money,
  attachmentFeeSchedule: z.array(attachmentFeeStepSchema).optional(),
  jobOutcomeFee: money,
  jobOutcomeWeeks: weeks.min(1, { message: "must be at least 1 week" }),
  sustainmentFee: money,
  maxSustainmentPayments: z.number().int().min(0, { message: "must not be negative" }),
  jobStartProbability: probability,
  eligibilityWeeks: weeks.min(1, { message: "must be at least 1 week" }),
  weeklyJobExitProbability: probability,
  unverified: z.boolean().default(false),
  note: z.string().max(2000).optional(),
});
export type PbrGroup = z.infer<typeof pbrGroupSchema>;
export type PbrGroupInput = z.input<typeof pbrGroupSchema>;

/** A provider's own delivery costs (money per unit, in the model's currency). */
export const pbrCostsSchema = z.object({
  perReferral: money,
  perWeekOnProgramme: money,
  perWeekInWorkSupport: money,
  setUp: money,
});

/** A provider in the chain: the prime or a subcontractor. */
export const pbrProviderSchema = z.object({
  id: entityId,
  name,
  tier: z.enum(PBR_TIERS),
  // Multiplies every group's job start probability for this provider's participants.
  performance: z.number().finite().min(0, { message: "must not be negative" }).default(1),
  costs: pbrCostsSchema,
});
export type PbrProvider = z.infer<typeof pbrProviderSchema>;

/** The share of a group's referrals sent to one provider. */
export const pbrAllocationSchema = z.object({ group: entityId, provider: entityId, share });
export type PbrAllocation = z.infer<typeof pbrAllocationSchema>;

/** The prime's subcontract terms. */
export const pbrTermsSchema = z.object({
  primeRetention: share,
  paymentLagWeeks: weeks,
  attachmentPassThrough: z.boolean(),
});
export type PbrTerms = z.infer<typeof pbrTermsSchema>;

const modelShape = z.object({
  format: z.literal(PBR_FORMAT, { message: `must be "${PBR_FORMAT}"` }),
  startDate: isoDate,
  horizonWeeks: z.number().int().min(1).max(5200),
  discount: z.object({ rate: z.number().gt(-1, { message: "must be above -1" }).lt(10) }),
  groups: z.array(pbrGroupSchema).min(1, { message: "must list at least one group" }),
  providers: z.array(pbrProviderSchema).min(1, { message: "must list at least one provider" }),
  allocation: z.array(pbrAllocationSchema),
  terms: pbrTermsSchema,
});

type ModelShape = z.infer<typeof modelShape>;

function checkUnique(rows: { id: string }[], key: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.id))
      ctx.addIssue({ code: "custom", path: [key, i, "id"], message: `duplicate id '${row.id}'` });
    seen.add(row.id);
  });
}

function checkAllocation(model: ModelShape, ctx: z.RefinementCtx): void {
  const groups = new Set(model.groups.map((g) => g.id));
  const providers = new Set(model.providers.map((p) => p.id));
  const sums = new Map<string, number>();
  const pairs = new Set<string>();
  model.allocation.forEach((row, i) => {
    if (!groups.has(row.group))
      ctx.addIssue({
        code: "custom",
        path: ["allocation", i, "group"],
        message: `unknown group '${row.group}'`,
      });
    if (!providers.has(row.provider))
      ctx.addIssue({
        code: "custom",
        path: ["allocation", i, "provider"],
        message: `unknown provider '${row.provider}'`,
      });
    const pair = `${row.group}\u0000${row.provider}`;
    if (pairs.has(pair))
      ctx.addIssue({
        code: "custom",
        path: ["allocation", i],
        message: `group '${row.group}' is allocated to provider '${row.provider}' twice`,
      });
    pairs.add(pair);
    sums.set(row.group, (sums.get(row.group) ?? 0) + row.share);
  });
  model.groups.forEach((group, i) => {
    const sum = sums.get(group.id) ?? 0;
    if (Math.abs(sum - 1) > SHARE_TOLERANCE)
      ctx.addIssue({
        code: "custom",
        path: ["groups", i],
        message: `shares of group '${group.id}' in allocation sum to ${sum}, not 1`,
      });
  });
}

function checkPrime(model: ModelShape, ctx: z.RefinementCtx): void {
  const primes = model.providers.filter((p) => p.tier === "prime").length;
  if (primes !== 1)
    ctx.addIssue({
      code: "custom",
      path: ["providers"],
      message: `must have exactly one provider with tier 'prime' (found ${primes})`,
    });
}

/** A whole supply-chain model: groups, providers, who gets which referrals, and the subcontract terms. */
export const pbrModelSchema = modelShape.superRefine((model, ctx) => {
  checkUnique(model.groups, "groups", ctx);
  checkUnique(model.providers, "providers", ctx);
  checkAllocation(model, ctx);
  checkPrime(model, ctx);
});
export type PbrModel = z.infer<typeof pbrModelSchema>;
export type PbrModelInput = z.input<typeof pbrModelSchema>;

// --- Work Programme preset (England, 2011–2017; DOMAIN.md after NAO 2012) ---

/** The Work Programme started taking referrals in June 2011. */
export const WORK_PROGRAMME_START_DATE = "2011-06-01";

/**
 * No attachment fees from April 2014 (DOMAIN.md): week 148 is the first week starting on or after
 * 2014-04-01 when week 0 starts 2011-06-01 (1,035 days later → ⌈1035 / 7⌉ = 148). The taper in
 * earlier years is not modelled (amounts unverified).
 */
export const WORK_PROGRAMME_ATTACHMENT_SCHEDULE: AttachmentFeeStep[] = [
  { fromWeek: 0, fee: 400 },
  { fromWeek: 148, fee: 0 },
];

interface PresetFigures {
  id: string;
  name: string;
  sustainment: [fee: number, count: number];
  outcomeWeeks: number;
  start: number;
  exit: number;
  unverified: boolean;
  note: string;
  fees?: [attachment: number, outcome: number];
}

// Probabilities are illustrative calibrations: two-year outcome rates 36.4% (young jobseekers) vs
// 5.4% (ex-incapacity benefit) and the NAO's 26% for JSA 25+ (DOMAIN.md); edit them per contract.
const VERIFIED_TOTALS =
  "Totals from DOMAIN.md (NAO 2012, year-1 prices); per-payment amount × count is our reading.";
const PLACEHOLDER =
  "Amounts unverified: copied from the early-entrant groups as a placeholder — enter the contract's figures.";
const PRESET: PresetFigures[] = [
  {
    id: "jsa-18-24",
    name: "JSA 18–24",
    sustainment: [170, 13],
    outcomeWeeks: 26,
    start: 0.47,
    exit: 0.01,
    unverified: false,
    note: `Sustainment total £2,210. ${VERIFIED_TOTALS}`,
  },
  {
    id: "jsa-25-plus",
    name: "JSA 25+",
    sustainment: [215, 13],
    outcomeWeeks: 26,
    start: 0.34,
    exit: 0.01,
    unverified: false,
    note: `Sustainment total £2,795. ${VERIFIED_TOTALS}`,
  },
  {
    id: "jsa-early-entrants",
    name: "JSA early entrants",
    sustainment: [250, 20],
    outcomeWeeks: 13,
    start: 0.3,
    exit: 0.012,
    unverified: false,
    note: `Sustainment total £5,000. ${VERIFIED_TOTALS}`,
  },
  {
    id: "jsa-ex-ib",
    name: "JSA ex-IB",
    sustainment: [250, 20],
    outcomeWeeks: 13,
    start: 0.22,
    exit: 0.012,
    unverified: false,
    note: `Sustainment total £5,000. ${VERIFIED_TOTALS}`,
  },
  {
    id: "esa-volunteers",
    name: "ESA volunteers",
    sustainment: [250, 20],
    outcomeWeeks: 13,
    start: 0.15,
    exit: 0.015,
    unverified: true,
    note: PLACEHOLDER,
  },
  {
    id: "esa-new-claimants",
    name: "New ESA claimants",
    sustainment: [250, 20],
    outcomeWeeks: 13,
    start: 0.12,
    exit: 0.015,
    unverified: true,
    note: PLACEHOLDER,
  },
  {
    id: "esa-ex-ib",
    name: "ESA ex-IB",
    sustainment: [370, 26],
    outcomeWeeks: 13,
    start: 0.07,
    exit: 0.015,
    unverified: true,
    fees: [600, 3500],
    note: "Maximum £13,720 per participant is from DOMAIN.md; the split £600 + £3,500 + 26 × £370 is an assumption.",
  },
  {
    id: "ib-is",
    name: "IB/IS",
    sustainment: [250, 20],
    outcomeWeeks: 13,
    start: 0.1,
    exit: 0.015,
    unverified: true,
    note: PLACEHOLDER,
  },
  {
    id: "jsa-prison-leavers",
    name: "JSA prison leavers",
    sustainment: [250, 20],
    outcomeWeeks: 13,
    start: 0.15,
    exit: 0.02,
    unverified: true,
    note: PLACEHOLDER,
  },
];

/**
 * The Work Programme's nine payment groups with the given referral rate and referral period;
 * attachment £400 and job outcome £1,200 unless noted, fees phased out from April 2014.
 */
export function workProgrammeGroups(
  referralsPerWeek: number,
  referralWeeks: number,
): PbrGroupInput[] {
  return PRESET.map((p) => ({
    id: p.id,
    name: p.name,
    referralsPerWeek,
    referralWeeks,
    attachmentFee: p.fees?.[0] ?? 400,
    attachmentFeeSchedule: WORK_PROGRAMME_ATTACHMENT_SCHEDULE.map((s) =>
      s.fee === 0 ? s : { ...s, fee: p.fees?.[0] ?? 400 },
    ),
    jobOutcomeFee: p.fees?.[1] ?? 1200,
    jobOutcomeWeeks: p.outcomeWeeks,
    sustainmentFee: p.sustainment[0],
    maxSustainmentPayments: p.sustainment[1],
    jobStartProbability: p.start,
    eligibilityWeeks: 104, // two years on the programme
    weeklyJobExitProbability: p.exit,
    unverified: p.unverified,
    note: p.note,
  }));
}
