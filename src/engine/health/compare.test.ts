import { describe, expect, it } from "vitest";
import { compareAcross } from "./compare.ts";

describe("comparing partnerships", () => {
  it("averages each partnership's mean once per group: mandated (2 + 3) / 2 = 2.5, voluntary 4", () => {
    const out = compareAcross(
      [
        { group: "voluntary", respondents: 8, dimensions: { trust: 4, need: 5 } },
        { group: "mandated", respondents: 6, dimensions: { trust: 2, need: null } },
        { group: "mandated", respondents: 9, dimensions: { trust: 3, need: 4 } },
      ],
      ["trust", "need"],
    );
    expect(out).toEqual([
      {
        group: "mandated",
        assessments: 2,
        respondents: 15,
        dimensions: [
          { id: "trust", mean: 2.5, n: 2 },
          { id: "need", mean: 4, n: 1 },
        ],
      },
      {
        group: "voluntary",
        assessments: 1,
        respondents: 8,
        dimensions: [
          { id: "trust", mean: 4, n: 1 },
          { id: "need", mean: 5, n: 1 },
        ],
      },
    ]);
  });
});
