import { describe, expect, it } from "vitest";
import { seededRandom } from "../graph/index.ts";
import { kthLargest, normalQuantile, poisson, runSeed } from "./random.ts";

describe("simulation random helpers", () => {
  it("derives a run's seed from (seed, index) only", () => {
    expect(runSeed(1, 5)).toBe(runSeed(1, 5));
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => runSeed(1, i)));
    expect(seeds.size).toBe(1000);
    expect(runSeed(2, 0)).not.toBe(runSeed(1, 0));
  });

  it.each([
    [[5, 1, 9, 3], 1, 9],
    [[5, 1, 9, 3], 2, 5],
    [[5, 1, 9, 3], 4, 1],
    [[2, 2, 2], 2, 2],
    [[7, 3, 7, 1, 7], 3, 7],
    [[7, 3, 7, 1, 7], 4, 3],
  ])("kthLargest(%j, %i) = %i", (values, k, expected) => {
    const v = Float64Array.from(values);
    expect(kthLargest(v, v.length, k, new Float64Array(v.length))).toBe(expected);
  });

  it.each([
    [0.5, 0],
    [0.975, 1.959964],
    [0.025, -1.959964],
    [0.001, -3.090232],
  ])("Φ⁻¹(%f) ≈ %f", (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 5);
  });

  it("draws Poisson counts with the right mean", () => {
    const rng = seededRandom(3);
    expect(poisson(rng, 0)).toBe(0);
    for (const mean of [3, 50]) {
      let total = 0;
      for (let k = 0; k < 20000; k++) total += poisson(rng, mean);
      expect(total / 20000).toBeCloseTo(mean, 0);
    }
  });
});
