import { describe, expect, it } from "vitest";
import { csvTextOf } from "./csv-text.ts";
import {
  COMPARISON_CSV_HEADER,
  COMPARISON_STATISTICS,
  comparisonBandOf,
  comparisonRowsOf,
  type SimulationComparison,
} from "./simulation-compare.ts";

const b = (mean: number) => ({ mean, p10: mean - 1, p90: mean + 1 });
const stages = Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7].map((s) => [String(s), b(10 + s)]));
const comparison: SimulationComparison = {
  seed: 3,
  runs: 5,
  scenarios: [
    {
      label: "No repricing",
      preset: "england-housing-2002",
      changes: [{ policy: "lender_repricing_2008", enabled: false }],
      years: [
        {
          year: 2008,
          organisations: b(1600),
          top20Share: b(0.3),
          mergers: b(12),
          partnershipsByStage: stages,
        },
      ],
    },
  ],
};

describe("comparison exports", () => {
  it("writes one CSV row per scenario, year and statistic with mean, P10 and P90", () => {
    const rows = comparisonRowsOf(comparison);
    expect(rows).toHaveLength(COMPARISON_STATISTICS.length); // 1 scenario × 1 year × 11 statistics
    expect(rows[0]).toEqual([
      "No repricing",
      "england-housing-2002",
      '[{"policy":"lender_repricing_2008","enabled":false}]',
      3,
      5,
      2008,
      "organisations",
      1600,
      1599,
      1601,
    ]);
    expect(rows.find((r) => r[6] === "stage.5")!.slice(7)).toEqual([15, 14, 16]);
    const csv = csvTextOf(COMPARISON_CSV_HEADER, rows).split("\r\n");
    expect(csv[0]).toBe("scenario,preset,changes,seed,runs,year,statistic,mean,p10,p90");
    expect(csv[1]).toBe(
      'No repricing,england-housing-2002,"[{""policy"":""lender_repricing_2008"",""enabled"":false}]",3,5,2008,organisations,1600,1599,1601',
    );
  });

  it("refuses a statistic it does not compare", () => {
    const year = comparison.scenarios[0]!.years[0]!;
    expect(comparisonBandOf(year, "mergers")).toEqual(b(12));
    expect(() => comparisonBandOf(year, "meanSize")).toThrow(/not a compared statistic/);
    expect(() => comparisonBandOf(year, "stage.9")).toThrow(/not a continuum stage/);
  });
});
