import { describe, expect, it } from "vitest";
import type { Scenario, SimulationPolicyId } from "../../shared/simulation.ts";
import { runSeed } from "./random.ts";
import { simulateRun } from "./run.ts";
import { specOfScenario } from "./spec.ts";
import { statisticOf } from "./statistics.ts";

const RUNS = 12;

/** Mean of a statistic over 12 seeded runs of a preset with some policies switched off or added. */
function meanOf(preset: string, id: string, changes: Scenario["changes"] = []): number {
  const { spec } = specOfScenario({ format: "partnerscope-scenario/v1", preset, changes });
  let total = 0;
  for (let i = 0; i < RUNS; i++) total += statisticOf(simulateRun(spec, runSeed(5, i)).metrics, id);
  return total / RUNS;
}
const off = (policy: SimulationPolicyId) => [{ policy, enabled: false }];
const ENGLAND = "england-housing-2002";
const TROUGH = "mergerTrough.2008-2010.2005-2007";

describe("each policy moves the sector the way the paper describes", () => {
  it("lender_repricing_2008 makes the 2008–10 trough; without it there is none", () => {
    expect(meanOf(ENGLAND, TROUGH)).toBeLessThan(0.8);
    expect(meanOf(ENGLAND, TROUGH, off("lender_repricing_2008"))).toBeGreaterThan(0.85);
  });

  it("investment_partnering_2004 raises concentration (top-20 share in 2010)", () => {
    const on = meanOf(ENGLAND, "top20.entity.2010");
    expect(on).toBeGreaterThan(
      meanOf(ENGLAND, "top20.entity.2010", off("investment_partnering_2004")) + 0.005,
    );
  });

  it("public_funding_1974 makes associations grow (mean size in 2010)", () => {
    expect(meanOf(ENGLAND, "meanSize.2010")).toBeGreaterThan(
      meanOf(ENGLAND, "meanSize.2010", off("public_funding_1974")),
    );
  });

  it("private_finance_1988 rewards scale: more constitutional change", () => {
    expect(meanOf(ENGLAND, "constitutional.share")).toBeGreaterThan(
      meanOf(ENGLAND, "constitutional.share", off("private_finance_1988")) + 0.01,
    );
  });

  it("regulator_change_2008 brings subsidiaries into their parents: more mergers 2008–2011", () => {
    expect(meanOf(ENGLAND, "mergers.2008-2011")).toBeGreaterThan(
      meanOf(ENGLAND, "mergers.2008-2011", off("regulator_change_2008")),
    );
  });

  it("procurement_groups_ni_2008 mandates groups of 5–10; without it there are none", () => {
    expect(meanOf("ni-procurement-2008", "procurementGroups.2009")).toBeGreaterThanOrEqual(3);
    expect(meanOf("ni-procurement-2008", "procurementInRange.2009")).toBe(1);
    expect(
      meanOf("ni-procurement-2008", "procurementGroups.2009", off("procurement_groups_ni_2008")),
    ).toBe(0);
  });

  it("work_programme_2011 puts charities in primes' supply chains (stage 3)", () => {
    const { spec } = specOfScenario({
      format: "partnerscope-scenario/v1",
      preset: ENGLAND,
      changes: [{ policy: "work_programme_2011", parameters: { primes: 5, supplyChainSize: 8 } }],
    });
    const withCharities = { ...spec, initial: { ...spec.initial, charities: 200, companies: 10 } };
    const m = simulateRun(withCharities, 3).metrics;
    const stage3 = (year: number) => m.stages[(year - 2002) * 8 + 3];
    expect(stage3(2011)).toBe(0);
    expect(stage3(2012)).toBe(5);
    const without = simulateRun(
      {
        ...withCharities,
        timeline: spec.timeline.filter((p) => p.policy !== "work_programme_2011"),
      },
      3,
    );
    expect(without.metrics.stages[(2012 - 2002) * 8 + 3]).toBe(0);
  });
});
