import { describe, expect, it } from "vitest";
import type { SimulationParameters } from "../../shared/simulation.ts";
import { type ActivePolicy, POLICIES, parametersInYear, resolveEntry } from "./policies.ts";

const base = { repricingCost: 0.1, fundedDevelopers: 0, grantGrowth: 0 } as SimulationParameters;
const timeline: ActivePolicy[] = [
  resolveEntry({ policy: "investment_partnering_2004", from: 2004, to: null, parameters: {} }),
  resolveEntry({ policy: "public_funding_1974", from: 1974, to: null, parameters: {} }),
  resolveEntry({
    policy: "lender_repricing_2008",
    from: 2008,
    to: 2010,
    parameters: { repricingCost: 2 },
  }),
];

describe("parametersInYear", () => {
  it.each([
    // year, repricingCost, fundedDevelopers, grantGrowth: by hand from the policies' values
    [1970, 0.1, 0, 0],
    [1974, 0.1, 400, 0.02],
    [2003, 0.1, 400, 0.02],
    [2004, 0.1, 70, 0.02], // the later policy overrides the earlier on fundedDevelopers
    [2008, 2, 70, 0.02], // the timeline's override, not the policy's own 1.5
    [2010, 2, 70, 0.02], // `to` is inclusive
    [2011, 0.1, 70, 0.02],
  ])("in %i", (year, repricing, funded, grant) => {
    const p = parametersInYear(base, timeline, year);
    expect([p.repricingCost, p.fundedDevelopers, p.grantGrowth]).toEqual([
      repricing,
      funded,
      grant,
    ]);
  });

  it("ships every policy with a start year matching its id and data only", () => {
    for (const [id, policy] of Object.entries(POLICIES)) {
      expect(policy.id).toBe(id);
      expect(id.endsWith(String(policy.start))).toBe(true);
      expect(Object.keys(policy.parameters).length).toBeGreaterThan(0);
    }
    expect(POLICIES.investment_partnering_2004.parameters.fundedDevelopers).toBe(70);
    expect(POLICIES.public_funding_1974.parameters.fundedDevelopers).toBe(400);
  });
});
