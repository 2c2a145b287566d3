import { describe, expect, it } from "vitest";
import { compareScenarios, comparisonYearsOf } from "./compare.ts";
import { emptyMetrics } from "./metrics.ts";
import { runSeed } from "./random.ts";
import { simulateRun } from "./run.ts";
import { presetNamed, specOfPreset, specOfScenario } from "./spec.ts";

describe("comparing scenarios", () => {
  it("bands each statistic by year over runs (mean, P10, P90 of type 7)", () => {
    const runs = [100, 110, 130].map((count, r) => {
      const m = emptyMetrics(2008, 2);
      m.organisations.set([count, count - 10]);
      m.top20Entity.set([0.2, 0.3]);
      m.mergers.set([r, 2 * r]);
      m.stages.set([count, 0, 4, 0, 0, 1, 0, r], 8); // year 2009
      return m;
    });
    const [y2008, y2009] = comparisonYearsOf(runs);
    expect(y2008!.year).toBe(2008);
    // 100, 110, 130: P10 at h = 0.2 → 100 + 0.2 × 10 = 102; P90 at h = 1.8 → 110 + 0.8 × 20 = 126
    expect(y2008!.organisations.mean).toBeCloseTo(340 / 3, 12);
    expect(y2008!.organisations.p10).toBeCloseTo(102, 12);
    expect(y2008!.organisations.p90).toBeCloseTo(126, 12);
    expect(y2009!.top20Share).toEqual({ mean: 0.3, p10: 0.3, p90: 0.3 });
    // mergers in 2009: 0, 2, 4 → mean 2, P10 0.4, P90 3.6
    expect(y2009!.mergers.mean).toBe(2);
    expect(y2009!.mergers.p10).toBeCloseTo(0.4, 12);
    expect(y2009!.mergers.p90).toBeCloseTo(3.6, 12);
    expect(Object.keys(y2009!.partnershipsByStage)).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
    ]);
    expect(y2009!.partnershipsByStage["2"]).toEqual({ mean: 4, p10: 4, p90: 4 });
    expect(y2008!.partnershipsByStage["0"]!.mean).toBe(0);
  });

  it("runs every scenario on the same seeds, so only the policy change separates them", () => {
    const preset = presetNamed("ni-procurement-2008");
    const base = {
      label: "As preset",
      preset: preset.name,
      changes: [],
      spec: specOfPreset(preset),
    };
    const off = specOfScenario({
      format: "partnerscope-scenario/v1",
      preset: preset.name,
      changes: [{ policy: "procurement_groups_ni_2008", enabled: false }],
    });
    const changes = [{ policy: "procurement_groups_ni_2008" as const, enabled: false }];
    const out = compareScenarios(
      [
        base,
        { ...base, label: "Copy" },
        { label: "No mandate", preset: preset.name, changes, spec: off.spec },
      ],
      5,
      3,
    );
    expect(out.scenarios.map((s) => s.label)).toEqual(["As preset", "Copy", "No mandate"]);
    // The same scenario twice gives identical bands: the draws are shared, not fresh per scenario.
    expect(out.scenarios[1]!.years).toEqual(out.scenarios[0]!.years);
    const direct = [0, 1, 2].map((i) => simulateRun(base.spec, runSeed(5, i)).metrics);
    expect(out.scenarios[0]!.years).toEqual(comparisonYearsOf(direct));
    // Without the mandate no procurement groups form, so fewer partnerships at stage 2 or above.
    const last = (k: number) => out.scenarios[k]!.years.at(-1)!.partnershipsByStage;
    const formal = (k: number) =>
      ["2", "3", "4", "5", "6"].reduce((s, st) => s + last(k)[st]!.mean, 0);
    expect(formal(2)).toBeLessThan(formal(0));
    expect(out.scenarios[2]!.changes).toEqual(changes);
  });
});
