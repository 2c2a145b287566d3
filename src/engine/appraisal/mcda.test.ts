import { describe, expect, it } from "vitest";
import { mcdaOf } from "./mcda.ts";

// NPVs 100, 50, 0 → NPV scores 10, 5, 0; quality scores 2, 6, 9; weights 1 and 1 → 0.5 each.
const options = [
  { id: "a", npv: 100, scores: { quality: 2 } },
  { id: "b", npv: 50, scores: { quality: 6 } },
  { id: "c", npv: 0, scores: { quality: 9 } },
];
const criteria = [
  { id: "npv", weight: 1 },
  { id: "quality", weight: 1 },
];

describe("mcdaOf", () => {
  it("scores and ranks options by weighted score", () => {
    // a: 0.5×10 + 0.5×2 = 6; b: 0.5×5 + 0.5×6 = 5.5; c: 0.5×0 + 0.5×9 = 4.5.
    const r = mcdaOf(options, criteria);
    expect(r.options.map((o) => [o.id, o.score, o.rank])).toEqual([
      ["a", 6, 1],
      ["b", 5.5, 2],
      ["c", 4.5, 3],
    ]);
    expect(r.criteria.map((c) => c.weight)).toEqual([0.5, 0.5]);
  });

  it("finds the weight at which the top option changes, rescaling the others", () => {
    // Weight x on NPV: a = 2 + 8x, b = 6 − x, c = 9 − 9x. Going down from 0.5, b catches a at
    // x = 4/9 (c would only at 7/17 < 4/9). Weight y on quality: a = 10 − 8y, b = 5 + y → y = 5/9.
    const [npv, quality] = mcdaOf(options, criteria).criteria;
    expect(npv!.switchingWeight).toBeCloseTo(4 / 9, 12);
    expect(npv!.switchesTo).toBe("b");
    expect(quality!.switchingWeight).toBeCloseTo(5 / 9, 12);
    expect(quality!.switchesTo).toBe("b");
  });

  it("has no switching weight when one option leads on every criterion", () => {
    const r = mcdaOf(
      [
        { id: "x", npv: 10, scores: { quality: 9 } },
        { id: "y", npv: 0, scores: { quality: 1 } },
      ],
      criteria,
    );
    expect(r.criteria.map((c) => c.switchingWeight)).toEqual([null, null]);
  });

  it("scores NPV 10 for all when equal and breaks ties by option id", () => {
    const r = mcdaOf(
      [
        { id: "z", npv: 5 },
        { id: "m", npv: 5 },
      ],
      [],
    );
    expect(r.options.map((o) => [o.id, o.score, o.rank])).toEqual([
      ["z", 10, 2],
      ["m", 10, 1],
    ]);
    expect(r.criteria).toEqual([{ id: "npv", weight: 1, switchingWeight: null, switchesTo: null }]);
  });
});
