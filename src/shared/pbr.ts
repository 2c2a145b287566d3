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

// --- Work Programme preset (England, 2011–2017; docs/domain/work-programme.md after NAO 2012) ---

/** The Work Programme started taking referrals in June 2011. */
export const WORK_PROGRAMME_START_DATE = "2011-06-01";

// The step that ends attachment fees, shared by the schedule below and every preset group.
const ATTACHMENT_FEES_STOP: AttachmentFeeStep = { fromWeek: 148, fee: 0 };

/**
 * No attachment fees from April 2014 (docs/domain/work-programme.md): week 148 is the first week starting on or after
 * 2014-04-01 when week 0 starts 2011-06-01 (1,035 days later → ⌈1035 / 7⌉ = 148). The taper in
 * earlier years is not modelled (amounts unverified).
 */
export const WORK_PROGRAMME_ATTACHMENT_SCHEDULE: AttachmentFeeStep[] = [
  { fromWeek: 0, fee: 400 },
  ATTACHMENT_FEES_STOP,
];

// Probabilities are illustrative calibrations: two-year outcome rates 36.4% (young jobseekers) vs
// 5.4% (ex-incapacity benefit) and the NAO's 26% for JSA 25+ (docs/domain/work-programme.md); edit them per contract.
const VERIFIED =
  "Totals from NAO 2012 (year-1 prices; docs/domain/work-programme.md); per-payment amount × count is our reading.";
const FIVE_K = `Sustainment £5,000. ${VERIFIED}`;
const PLACEHOLDER =
  "Amounts unverified: copied from the early-entrant groups as a placeholder — enter the contract's figures.";
const ESA_EX_IB =
  "Maximum £13,720 per participant is from docs/domain/work-programme.md; the split £600 + £3,500 + 26 × £370 is an assumption.";

// id, name, attachment, job outcome, sustainment fee × count, job outcome weeks, start, exit, note
type PresetRow = [string, string, number, number, number, number, number, number, number, string];
const PRESET: PresetRow[] = [
  ["jsa-18-24", "JSA 18–24", 400, 1200, 170, 13, 26, 0.47, 0.01, `Sustainment £2,210. ${VERIFIED}`],
  ["jsa-25-plus", "JSA 25+", 400, 1200, 215, 13, 26, 0.34, 0.01, `Sustainment £2,795. ${VERIFIED}`],
  ["jsa-early-entrants", "JSA early entrants", 400, 1200, 250, 20, 13, 0.3, 0.012, FIVE_K],
  ["jsa-ex-ib", "JSA ex-IB", 400, 1200, 250, 20, 13, 0.22, 0.012, FIVE_K],
  ["esa-volunteers", "ESA volunteers", 400, 1200, 250, 20, 13, 0.15, 0.015, PLACEHOLDER],
  ["esa-new-claimants", "New ESA claimants", 400, 1200, 250, 20, 13, 0.12, 0.015, PLACEHOLDER],
  ["esa-ex-ib", "ESA ex-IB", 600, 3500, 370, 26, 13, 0.07, 0.015, ESA_EX_IB],
  ["ib-is", "IB/IS", 400, 1200, 250, 20, 13, 0.1, 0.015, PLACEHOLDER],
  ["jsa-prison-leavers", "JSA prison leavers", 400, 1200, 250, 20, 13, 0.15, 0.02, PLACEHOLDER],
];

/**
 * The Work Programme's nine payment groups with the given referral rate and referral period;
 * attachment £400 and job outcome £1,200 unless noted, fees phased out from April 2014.
 */
export function workProgrammeGroups(
  referralsPerWeek: number,
  referralWeeks: number,
): PbrGroupInput[] {
  return PRESET.map(([id, name, attach, outcome, fee, count, weeks, start, exit, note]) => ({
    id,
    name,
    referralsPerWeek,
    referralWeeks,
    attachmentFee: attach,
    attachmentFeeSchedule: [{ fromWeek: 0, fee: attach }, ATTACHMENT_FEES_STOP],
    jobOutcomeFee: outcome,
    jobOutcomeWeeks: weeks,
    sustainmentFee: fee,
    maxSustainmentPayments: count,
    jobStartProbability: start,
    eligibilityWeeks: 104, // two years on the programme
    weeklyJobExitProbability: exit,
    unverified: note === PLACEHOLDER || note === ESA_EX_IB, // amounts not (all) from docs/domain/work-programme.md
    note,
  }));
}
