import { describe, expect, it } from "vitest";
import type { SupplyChainAnalysis, SupplyChainProviderResult } from "./supply-chain-analysis.ts";
import { cashCurvesCsv, providerTableCsv } from "./supply-chain-exports.ts";

// Only the providers are read by the CSV writers; the rest of the analysis is irrelevant here.
const provider = {
  id: "p1",
  name: '\t=HYPERLINK("http://x")',
  tier: "prime",
  performance: 0.3,
  revenue: 1000,
  costs: 800,
  net: 200,
  npv: -150.5,
  peakFunding: 50,
  cashPositiveWeek: null,
  breakEvenPerformance: null,
  sensitivity: { minus1pp: -10, plus1pp: 10 },
  cashCurve: [-5, 20],
} as unknown as SupplyChainProviderResult;
const analysis = { providers: [provider] } as unknown as SupplyChainAnalysis;

describe("supply-chain CSV exports (the one CSV writer)", () => {
  it("guards a provider name that starts with a tab before a formula, and keeps numbers as numbers", () => {
    const [, row] = providerTableCsv(analysis).split("\r\n");
    // The name gets a leading quote (formula guard) and is quoted for its inner quotes and comma-free text.
    expect(row).toBe('p1,"\'\t=HYPERLINK(""http://x"")",prime,0.3,1000,800,200,-150.5,50,,,-10,10');
  });

  it("writes one line per week with CRLF ends", () => {
    expect(cashCurvesCsv(analysis)).toBe("week,p1\r\n0,-5\r\n1,20\r\n");
  });
});
