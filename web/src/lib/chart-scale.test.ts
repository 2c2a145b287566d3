import { describe, expect, it } from "vitest";
import { scaleOf, ticksOf } from "./chart-scale.ts";

describe("scaleOf", () => {
  it("maps the domain's ends onto the range's ends and is linear between", () => {
    const x = scaleOf(0, 200, 40, 440);
    expect(x(0)).toBe(40);
    expect(x(200)).toBe(440);
    expect(x(50)).toBe(140); // 40 + 50/200 × 400
  });

  it("flips for an upward y axis", () => {
    const y = scaleOf(0, 10, 300, 20);
    expect(y(0)).toBe(300);
    expect(y(10)).toBe(20);
    expect(y(5)).toBe(160);
  });

  it("maps every value of a zero-width domain to the middle of the range", () => {
    const x = scaleOf(7, 7, 0, 100);
    expect(x(7)).toBe(50);
    expect(x(-3)).toBe(50);
  });
});

describe("ticksOf", () => {
  it("steps by 1, 2 or 5 times a power of ten", () => {
    // (100 − 0) / 4 = 25 → the next round step is 50.
    expect(ticksOf(0, 100)).toEqual([0, 50, 100]);
    // 75 / 5 = 15 → step 20; from ceil(−30/20) × 20 = −20 to 40.
    expect(ticksOf(-30, 45, 5)).toEqual([-20, 0, 20, 40]);
    // 1,000,000 / 4 = 250,000 → step 500,000.
    expect(ticksOf(0, 1_000_000)).toEqual([0, 500_000, 1_000_000]);
  });

  it("gives exact multiples of small steps (no 0.30000000000000004)", () => {
    // 0.5 / 5 = 0.1 → step 0.1.
    expect(ticksOf(0, 0.5, 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it("gives an exact 0 (not −0) when the range crosses zero", () => {
    const ticks = ticksOf(-1, 1, 2);
    expect(ticks).toEqual([-1, 0, 1]);
    expect(Object.is(ticks[1], 0)).toBe(true);
  });

  it("includes the top of the range when it is a tick despite rounding", () => {
    expect(ticksOf(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it("gives the one value of an empty or reversed range", () => {
    expect(ticksOf(5, 5)).toEqual([5]);
    expect(ticksOf(9, 2)).toEqual([9]);
  });
});
