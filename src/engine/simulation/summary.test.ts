import { describe, expect, it } from "vitest";
import { seededRandom } from "../graph/index.ts";
import { quantileOf } from "../stats/quantile.ts";
import { objectiveOf } from "./calibrate.ts";
import { emptyMetrics } from "./metrics.ts";
import { minimise } from "./optimise.ts";
import { statisticOf } from "./statistics.ts";
import { bandOf, calibrationReport, summaryJsonOf, summaryOf } from "./summary.ts";

function metrics() {
  const m = emptyMetrics(2005, 6);
  m.mergers.set([10, 12, 14, 4, 5, 6]); // 2005–2010
  m.meanSize.set([900, 1000, 1100, 1200, 1300, 1400]);
  m.constitutional.set([200, 86, 10, 9]);
  return m;
}

describe("statistics of a run", () => {
  it.each([
    ["meanSize.2007", 1100],
    ["mergers.2005-2007", 36],
    ["mergerTrough.2008-2010.2005-2007", 5 / 12], // (15/3) / (36/3)
    ["constitutional.share", 0.43],
    ["constitutional.shareLarge", 0.9],
  ])("%s = %f", (id, expected) => {
    expect(statisticOf(metrics(), id)).toBeCloseTo(expected, 12);
  });

  it("refuses a year outside the run and an unknown statistic", () => {
    expect(() => statisticOf(metrics(), "meanSize.2011")).toThrow(/outside the run/);
    expect(() => statisticOf(metrics(), "height.2007")).toThrow(/not a statistic/);
  });
});

describe("bands and the calibration report", () => {
  it.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.1, 1.3],
    [[10], 0.9, 10],
    [[0, 10], 0.9, 9],
  ])("quantile of %j at %f is %f (type 7)", (values, q, expected) => {
    expect(quantileOf(values, q)).toBeCloseTo(expected, 12);
  });

  it("reports the mean over runs, its 90% interval and whether it is in the band", () => {
    const runs = [metrics(), metrics()];
    runs[1]!.meanSize[5] = 1600; // 2010: mean of 1400 and 1600 is 1500
    const [line] = calibrationReport(runs, [
      { id: "meanSize.2010", target: 1816, low: 1700, high: 1930, source: "x" },
    ]);
    expect(line).toMatchObject({ observed: 1500, within: false, p5: 1410, p95: 1590 });
    expect(bandOf([1, 2, 3])).toEqual({ mean: 2, p10: 1.2, p90: 2.8 });
  });

  it("keeps the 90% interval in the summary and drops it only from the fixed --json contract", () => {
    const runs = [metrics(), metrics(), metrics()];
    runs[1]!.meanSize[2] = 1300; // 2007 over runs: 1100, 1300, 1500
    runs[2]!.meanSize[2] = 1500;
    const targets = [{ id: "meanSize.2007", target: 1200, low: 1150, high: 1250, source: "x" }];
    const summary = summaryOf("p", 1, runs, { from: 2005, to: 2010 }, targets);
    // mean 1300 (outside 1150–1250); type-7 P5 = 1100 + 0.1 × 200 = 1120, P95 = 1300 + 0.9 × 200 = 1480
    expect(summary.calibration).toEqual([
      {
        id: "meanSize.2007",
        target: 1200,
        low: 1150,
        high: 1250,
        observed: 1300,
        p5: 1120,
        p95: 1480,
        within: false,
      },
    ]);
    const json = summaryJsonOf(summary);
    expect(Object.keys(json.calibration[0]!)).toEqual([
      "id",
      "target",
      "low",
      "high",
      "observed",
      "within",
    ]);
    expect(json.years).toBe(summary.years);
  });

  it("measures the SMM objective in half tolerance bands", () => {
    const line = {
      id: "a",
      target: 10,
      low: 8,
      high: 12,
      observed: 11,
      p5: 0,
      p95: 0,
      within: true,
    };
    expect(objectiveOf([line])).toBe(0.25);
    expect(objectiveOf([line, { ...line, observed: 6 }])).toBe(0.25 + 4);
  });

  it("minimises a smooth function in the unit cube", () => {
    const best = minimise(
      (x) => (x[0]! - 0.3) ** 2 + (x[1]! - 0.8) ** 2,
      [0.5, 0.5],
      120,
      seededRandom(1),
    );
    expect(best.x[0]).toBeCloseTo(0.3, 2);
    expect(best.x[1]).toBeCloseTo(0.8, 2);
    expect(best.evaluations).toBeLessThanOrEqual(120);
  });
});
