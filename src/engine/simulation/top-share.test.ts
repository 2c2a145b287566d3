import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kthLargest } from "./random.ts";
import { topShareOf } from "./top-share.ts";

/** The former measure: a quickselected threshold, values above it summed in index order. */
function byQuickselect(values: Float64Array, k: number): number {
  const count = values.length;
  let total = 0;
  for (let i = 0; i < count; i++) total += values[i]!;
  if (total <= 0) return 0;
  if (count <= k) return 1;
  const threshold = kthLargest(values, count, k, new Float64Array(count));
  let top = 0;
  let above = 0;
  for (let i = 0; i < count; i++)
    if (values[i]! > threshold) {
      top += values[i]!;
      above++;
    }
  return (top + (k - above) * threshold) / total;
}

describe("topShareOf", () => {
  it("is 0.8 for the two largest of 1, 5, 3, 1 (8 of 10)", () => {
    expect(topShareOf(Float64Array.of(1, 5, 3, 1), 4, 2)).toBe(0.8);
  });

  it("equals the quickselect computation exactly, ties and ascending runs included", () => {
    const value = fc.oneof(
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.constantFrom(0, 1, 2, 1000),
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 0, maxLength: 300 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (list, k, sorted) => {
          const values = Float64Array.from(sorted ? [...list].sort((a, b) => a - b) : list);
          expect(topShareOf(values, values.length, k)).toBe(byQuickselect(values, k));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads only the first `count` values", () => {
    expect(topShareOf(Float64Array.of(1, 1, 1, 100), 3, 2)).toBe(2 / 3);
  });
});
