import {
  PBR_FORMAT,
  type PbrGroupInput,
  type PbrModel,
  type PbrModelInput,
  pbrModelSchema,
} from "../../src/shared/pbr.ts";

/**
 * A one-group group definition for tests and examples: 10 referrals in week 0, E = 2, q = 0.75
 * (so h = 0.5), W = 2, two sustainment payments, fees 100 / 1,000 / 50.
 */
export function buildPbrGroup(overrides: Partial<PbrGroupInput> = {}): PbrGroupInput {
  return {
    id: "g1",
    name: "Group one",
    referralsPerWeek: 10,
    referralWeeks: 1,
    attachmentFee: 100,
    jobOutcomeFee: 1000,
    jobOutcomeWeeks: 2,
    sustainmentFee: 50,
    maxSustainmentPayments: 2,
    jobStartProbability: 0.75,
    eligibilityWeeks: 2,
    weeklyJobExitProbability: 0,
    ...overrides,
  };
}

/**
 * A validated model with one group and one prime (costs 10 per referral, 5 per week on the
 * programme, 20 per week of in-work support, set-up 1,000), lag 1, no discounting, 20 weeks.
 * @example buildPbrModel({ terms: { primeRetention: 0.2, paymentLagWeeks: 0, attachmentPassThrough: true } })
 */
export function buildPbrModel(overrides: Partial<PbrModelInput> = {}): PbrModel {
  const input: PbrModelInput = {
    format: PBR_FORMAT,
    startDate: "2011-06-01",
    horizonWeeks: 20,
    discount: { rate: 0 },
    groups: [buildPbrGroup()],
    providers: [
      {
        id: "prime",
        name: "Prime",
        tier: "prime",
        costs: { perReferral: 10, perWeekOnProgramme: 5, perWeekInWorkSupport: 20, setUp: 1000 },
      },
    ],
    allocation: [{ group: "g1", provider: "prime", share: 1 }],
    terms: { primeRetention: 0.2, paymentLagWeeks: 1, attachmentPassThrough: true },
    ...overrides,
  };
  return pbrModelSchema.parse(input);
}
