import { describe, expect, it } from "vitest";
import { runSeed } from "./random.ts";
import { simulateRun } from "./run.ts";
import { presetNamed, presetNames, specOfPreset } from "./spec.ts";
import { calibrationReport } from "./summary.ts";

describe("the shipped presets' calibration", () => {
  it.each(presetNames())(
    "%s: the stored report is what its runs give, and every target is within tolerance",
    (name) => {
      const preset = presetNamed(name);
      const c = preset.calibration!;
      expect(c).not.toBeNull();
      const spec = specOfPreset(preset);
      const runs = Array.from(
        { length: c.runs },
        (_, i) => simulateRun(spec, runSeed(c.seed, i)).metrics,
      );
      const report = calibrationReport(runs, preset.targets);
      expect(report.map((l) => l.id)).toEqual(preset.targets.map((t) => t.id));
      report.forEach((line, k) => {
        expect(line.observed).toBeCloseTo(c.report[k]!.observed, 9);
        // The stored report carries the 90% interval over the runs, not a copy of the tolerance.
        expect(line.p5).toBeCloseTo(c.report[k]!.p5, 9);
        expect(line.p95).toBeCloseTo(c.report[k]!.p95, 9);
        expect(line.p5).toBeLessThanOrEqual(line.observed + 1e-9);
        expect(line.p95).toBeGreaterThanOrEqual(line.observed - 1e-9);
      });
      expect(report.filter((l) => !l.within)).toEqual([]);
    },
  );

  it("england-housing-2002 stays within tolerance on other seeds (20 runs of seed 2)", () => {
    const preset = presetNamed("england-housing-2002");
    const spec = specOfPreset(preset);
    const runs = Array.from({ length: 20 }, (_, i) => simulateRun(spec, runSeed(2, i)).metrics);
    expect(calibrationReport(runs, preset.targets).filter((l) => !l.within)).toEqual([]);
  });
});
