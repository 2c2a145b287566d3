import { describe, expect, it } from "vitest";
import {
  PBR_FORMAT,
  type PbrModelInput,
  pbrModelSchema,
  WORK_PROGRAMME_ATTACHMENT_SCHEDULE,
  workProgrammeGroups,
} from "./pbr.ts";
import { problemsOf } from "./problems.ts";

const costs = { perReferral: 1, perWeekOnProgramme: 1, perWeekInWorkSupport: 1, setUp: 1 };
function input(overrides: Partial<PbrModelInput> = {}): PbrModelInput {
  return {
    format: PBR_FORMAT,
    startDate: "2011-06-01",
    horizonWeeks: 260,
    discount: { rate: 0.035 },
    groups: workProgrammeGroups(10, 156).slice(0, 2),
    providers: [
      { id: "prime", name: "Prime", tier: "prime", costs },
      { id: "sub", name: "Sub", tier: "tier2", costs },
    ],
    allocation: [
      { group: "jsa-18-24", provider: "prime", share: 0.6 },
      { group: "jsa-18-24", provider: "sub", share: 0.4 },
      { group: "jsa-25-plus", provider: "prime", share: 1 },
    ],
    terms: { primeRetention: 0.2, paymentLagWeeks: 4, attachmentPassThrough: false },
    ...overrides,
  };
}

function problems(value: PbrModelInput) {
  const parsed = pbrModelSchema.safeParse(value);
  return parsed.success ? [] : problemsOf(parsed.error);
}

describe("pbrModelSchema", () => {
  it("accepts a valid model and defaults performance to 1", () => {
    const model = pbrModelSchema.parse(input());
    expect(model.providers[1]!.performance).toBe(1);
  });

  it("names an unknown group or provider in the allocation row", () => {
    const bad = input();
    bad.allocation = [...bad.allocation, { group: "nope", provider: "ghost", share: 0 }];
    const found = problems(bad);
    expect(found).toContainEqual({
      path: "$.allocation[3].group",
      message: "unknown group 'nope'",
    });
    expect(found).toContainEqual({
      path: "$.allocation[3].provider",
      message: "unknown provider 'ghost'",
    });
  });

  it("names the field of a probability outside 0–1", () => {
    const bad = input();
    bad.groups = [{ ...bad.groups[0]!, weeklyJobExitProbability: 1.2 }, bad.groups[1]!];
    expect(problems(bad)).toEqual([
      {
        path: "$.groups[0].weeklyJobExitProbability",
        message: "must be a probability between 0 and 1",
      },
    ]);
  });

  it("names the group and the sum when shares do not sum to 1", () => {
    const bad = input();
    bad.allocation = bad.allocation.map((a) => (a.provider === "sub" ? { ...a, share: 0.3 } : a));
    const [p] = problems(bad);
    if (!p) throw new Error("expected a problem");
    expect(p.path).toBe("$.groups[0]");
    expect(p.message).toContain("'jsa-18-24'");
    expect(p.message).toContain("sum to 0.8999999999999999"); // 0.6 + 0.3 in binary floating point
  });

  it("requires exactly one prime", () => {
    const bad = input();
    bad.providers = bad.providers.map((p) => ({ ...p, tier: "tier1" as const }));
    expect(problems(bad)).toContainEqual({
      path: "$.providers",
      message: "must have exactly one provider with tier 'prime' (found 0)",
    });
  });
});

describe("workProgrammeGroups", () => {
  it("carries the maximum payments per participant of docs/domain/work-programme.md", () => {
    const total = (g: ReturnType<typeof workProgrammeGroups>[number]) =>
      g.attachmentFee + g.jobOutcomeFee + g.sustainmentFee * g.maxSustainmentPayments;
    const byId = new Map(workProgrammeGroups(1, 1).map((g) => [g.id, g]));
    expect(total(byId.get("jsa-18-24")!)).toBe(3810);
    expect(total(byId.get("jsa-25-plus")!)).toBe(4395);
    expect(total(byId.get("jsa-early-entrants")!)).toBe(6600);
    expect(total(byId.get("jsa-ex-ib")!)).toBe(6600);
    expect(total(byId.get("esa-ex-ib")!)).toBe(13720);
    expect(byId.get("jsa-25-plus")!.jobOutcomeWeeks).toBe(26);
    expect(byId.get("jsa-ex-ib")!.jobOutcomeWeeks).toBe(13);
    expect([...byId.values()].filter((g) => g.unverified).length).toBe(5);
    expect(WORK_PROGRAMME_ATTACHMENT_SCHEDULE.at(-1)).toEqual({ fromWeek: 148, fee: 0 });
  });
});
