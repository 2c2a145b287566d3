import { describe, expect, it } from "vitest";
import { buildAppraisal, buildOption } from "../../../test/factories/appraisal.ts";
import { optionModelsOf } from "./appraise.ts";
import { cashFlowsOf } from "./cash-flows.ts";
import { tornadoOf } from "./sensitivity.ts";

describe("tornadoOf", () => {
  it("moves one ranged line at a time to its ends and sorts by swing", () => {
    // Constant 10%, horizon 5. Cost 100 in year 1, range 50–250: NPV moves by −(250 − 100)/1.1 and
    // +(100 − 50)/1.1, swing 200/1.1. Saving 10 a year (p = 0.5) years 1–5, range 0–20: annuity
    // 3.790787 × 0.5 × 20 = 37.9 swing. The unranged line gets no bar.
    const doc = buildAppraisal({
      options: [
        buildOption({
          lines: [
            {
              kind: "saving",
              id: "s",
              source: "other",
              difficulty: "easy",
              annual: 10,
              startYear: 1,
              probability: 0.5,
              range: { low: 0, high: 20 },
            },
            { kind: "one_off_cost", id: "c", amount: 100, year: 1, range: { low: 50, high: 250 } },
            { kind: "one_off_cost", id: "fixed", amount: 5, year: 0 },
          ],
        }),
      ],
    });
    const model = optionModelsOf(doc)[0]!;
    const npv = cashFlowsOf(model).npv;
    const bars = tornadoOf(model.lines, npv);
    expect(bars.map((b) => b.lineId)).toEqual(["c", "s"]);
    expect(bars[0]!.npvAtLow).toBeCloseTo(npv + 50 / 1.1, 10);
    expect(bars[0]!.npvAtHigh).toBeCloseTo(npv - 150 / 1.1, 10);
    expect(bars[0]!.swing).toBeCloseTo(200 / 1.1, 10);
    const annuity = [1, 2, 3, 4, 5].reduce((s, t) => s + 1.1 ** -t, 0);
    expect(bars[1]!.swing).toBeCloseTo(0.5 * 20 * annuity, 10);
  });
});
