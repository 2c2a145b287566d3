import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attributionOf, coalitionCountsOf, reconcileClaims } from "./attribution.ts";
import { type Journey, journeysOf, parseClaims, parseJourneys } from "./journeys.ts";
import { shapleyExact, shapleySampled } from "./shapley.ts";

// Worked example (3 providers, 40 journeys, 16 outcomes):
//   {A} ×10 with 2 outcomes; {B} ×10 with 1; A→B ×10 with 6; A→B→C ×10 with 7.
// v(A) = 0.2, v(B) = 0.1, v(C) = 0, v(AB) = 9/30 = 0.3, v(AC) = 0.2, v(BC) = 0.1, v(ABC) = 0.4.
// φ_A = ⅓·0.2 + ⅙·(0.3 − 0.1) + ⅙·(0.2 − 0) + ⅓·(0.4 − 0.1) = 0.2333…
// φ_B = ⅓·0.1 + ⅙·(0.3 − 0.2) + ⅙·(0.1 − 0) + ⅓·(0.4 − 0.2) = 0.1333…
// φ_C = ⅓·0 + ⅙·0 + ⅙·0 + ⅓·(0.4 − 0.3) = 0.0333…; × 40 journeys ⇒ 9⅓, 5⅓, 1⅓ (sum 16).
function example(): string {
  const lines = ["participant_id,provider,touch_date,outcome"];
  const add = (prefix: string, path: string[], count: number, wins: number) => {
    for (let i = 0; i < count; i++)
      path.forEach((p, k) =>
        lines.push(`${prefix}${i},${p},2012-0${k + 1}-15,${k === 0 && i < wins ? 1 : 0}`),
      );
  };
  add("a", ["A"], 10, 2);
  add("b", ["B"], 10, 1);
  add("ab", ["A", "B"], 10, 6);
  add("abc", ["A", "B", "C"], 10, 7);
  return lines.join("\n");
}
const journeys = journeysOf(parseJourneys(example()));

describe("attributionOf — 3 providers worked by hand", () => {
  it("Shapley credits 9⅓, 5⅓, 1⅓", () => {
    const r = attributionOf(journeys, { method: "shapley" });
    expect(r.journeys).toBe(40);
    expect(r.outcomes).toBe(16); // an outcome on any row counts for the participant
    expect(r.credits.A).toBeCloseTo(28 / 3, 10);
    expect(r.credits.B).toBeCloseTo(16 / 3, 10);
    expect(r.credits.C).toBeCloseTo(4 / 3, 10);
    expect(r.shapley).toEqual({ exact: true });
  });

  it("first touch, last touch and linear", () => {
    // First: A gets 2 + 6 + 7, B 1. Last: A 2, B 1 + 6, C 7. Linear: A 2 + 3 + 7/3, B 1 + 3 + 7/3, C 7/3.
    expect(attributionOf(journeys, { method: "first" }).credits).toEqual({ A: 15, B: 1, C: 0 });
    expect(attributionOf(journeys, { method: "last" }).credits).toEqual({ A: 2, B: 7, C: 7 });
    const linear = attributionOf(journeys, { method: "linear" }).credits;
    expect(linear.A).toBeCloseTo(5 + 7 / 3, 10);
    expect(linear.B).toBeCloseTo(4 + 7 / 3, 10);
    expect(linear.C).toBeCloseTo(7 / 3, 10);
  });

  it("reconciles claims: 15 + 10 + 7 claimed for 16 outcomes is an over-claim factor of 2", () => {
    const claims = parseClaims("provider,claimed\nA,15\nB,10\nC,7");
    const r = reconcileClaims(attributionOf(journeys, { method: "shapley" }), claims);
    expect(r.overClaimFactor).toBe(2);
    expect(r.partners[1]!.provider).toBe("B");
    expect(r.partners[1]!.excess).toBeCloseTo(10 - 16 / 3, 10);
  });
});

// Random journeys over up to 6 providers: each a non-empty list of provider indexes and an outcome.
const journeyArb = (n: number) =>
  fc.array(
    fc.record({
      touches: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }),
      outcome: fc.constantFrom<0 | 1>(0, 1),
    }),
    { minLength: 1, maxLength: 40 },
  );
const toJourneys = (rows: { touches: number[]; outcome: 0 | 1 }[]): Journey[] =>
  rows.map((r, i) => ({
    participantId: `p${i}`,
    touches: r.touches.map((t) => `P${t}`),
    outcome: r.outcome,
  }));
const total = (credits: Record<string, number>) =>
  Object.values(credits).reduce((s, x) => s + x, 0);

describe("Shapley properties", () => {
  it("credits sum to the outcomes (every method)", () => {
    fc.assert(
      fc.property(
        journeyArb(6),
        fc.constantFrom("first", "last", "linear", "shapley" as const),
        (rows, method) => {
          const r = attributionOf(toJourneys(rows), { method });
          expect(total(r.credits)).toBeCloseTo(r.outcomes, 8);
        },
      ),
      { seed: 3, numRuns: 150 },
    );
  });

  it("symmetric providers get equal credit", () => {
    // Mirror every journey with P0 and P1 swapped: the data are then symmetric in P0 and P1.
    fc.assert(
      fc.property(journeyArb(5), (rows) => {
        const swap = (t: number) => (t === 0 ? 1 : t === 1 ? 0 : t);
        const mirrored = [...rows, ...rows.map((r) => ({ ...r, touches: r.touches.map(swap) }))];
        const c = attributionOf(toJourneys(mirrored), { method: "shapley" }).credits;
        expect(c.P0 ?? 0).toBeCloseTo(c.P1 ?? 0, 9);
      }),
      { seed: 4, numRuns: 100 },
    );
  });

  it("a provider whose presence never changes v gets nothing, and the others are unchanged", () => {
    fc.assert(
      fc.property(journeyArb(5), (rows) => {
        const j = toJourneys(rows);
        const without = attributionOf(j, { method: "shapley" }).credits;
        const withNull = attributionOf(j, { method: "shapley", providers: ["ZZ"] }).credits;
        expect(withNull.ZZ).toBeCloseTo(0, 12);
        for (const id of Object.keys(without)) expect(withNull[id]).toBeCloseTo(without[id]!, 9);
      }),
      { seed: 6, numRuns: 60 },
    );
  });

  it("sampled orders come close to the exact values for n ≤ 16", () => {
    fc.assert(
      fc.property(journeyArb(6), fc.integer({ min: 1, max: 1000 }), (rows, seed) => {
        const j = toJourneys(rows);
        const ids = [...new Set(j.flatMap((x) => x.touches))].sort();
        const counts = coalitionCountsOf(j, new Map(ids.map((id, i) => [id, i])));
        const exact = shapleyExact(counts, ids.length);
        const sampled = shapleySampled(counts, ids.length, 4000, seed);
        // Each order's marginal lies in [−1, 1]; 4,000 orders ⇒ standard error ≤ 1/√4000 ≈ 0.016.
        exact.forEach((x, i) => expect(Math.abs(sampled[i]! - x)).toBeLessThan(0.06));
      }),
      { seed: 8, numRuns: 25 },
    );
  });

  it("uses sampled orders above 16 providers, reproducibly", () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      touches: [i % 20, (i * 7) % 20].filter((t, k, a) => a.indexOf(t) === k),
      outcome: (i % 3 === 0 ? 1 : 0) as 0 | 1,
    }));
    const a = attributionOf(toJourneys(rows), { method: "shapley", samples: 500, seed: 5 });
    const b = attributionOf(toJourneys(rows), { method: "shapley", samples: 500, seed: 5 });
    expect(a.shapley).toEqual({ exact: false, samples: 500, seed: 5 });
    expect(b.credits).toEqual(a.credits);
    expect(total(a.credits)).toBeCloseTo(a.outcomes, 8);
  });
});

describe("parseJourneys — bad input", () => {
  it("names line and column", () => {
    expect(() => parseJourneys("participant_id,provider,outcome\n")).toThrow(
      "line 1, column touch_date",
    );
    expect(() =>
      parseJourneys("participant_id,provider,touch_date,outcome\np,A,15/01/2012,1"),
    ).toThrow("line 2, column touch_date");
    expect(() => parseClaims("provider,claimed\nA,many")).toThrow("line 2, column claimed");
  });
});
