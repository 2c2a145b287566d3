import { describe, expect, it } from "vitest";
import type { DimensionResult, PairResult, WaveResult } from "../../shared/health-results.ts";
import { DEFAULT_PROMPT_OPTIONS, discussionPrompts } from "./prompts.ts";

const agreement = { rwg: null, ad: null, rwgAgrees: null, adAcceptable: null };
const group = (mean: number) => ({ ...agreement, n: 3, mean, sd: null, band: null });

/** A dimension with these partner means (null: withheld) and overall mean. */
function dimension(id: string, mean: number | null, partners: Record<string, number | null>) {
  const byPartner = Object.fromEntries(
    Object.entries(partners).map(([p, m]) => [p, m === null ? null : group(m)]),
  );
  const d: DimensionResult = {
    ...agreement,
    id,
    name: `Dimension ${id}`,
    category: null,
    n: 9,
    mean,
    sd: null,
    band: null,
    byPartner,
    gap: null,
  };
  return d;
}

function wave(dimensions: DimensionResult[], pairs: PairResult[] = []): WaveResult {
  return {
    id: "w1",
    date: "2026-01-01",
    respondents: 9,
    responsesByPartner: {},
    dimensions,
    largestGaps: [],
    total: null,
    pairs,
    withheld: [],
  };
}

const names = { a: "Alpha", b: "Beta", c: "Gamma" };

describe("discussion prompts", () => {
  it("raises the widest gaps first, then the lowest dimensions, ignoring withheld partners", () => {
    const w = wave([
      // trust: Alpha 4.5, Beta 2.0 → gap 2.5; Gamma withheld must not widen it.
      dimension("trust", 3.2, { a: 4.5, b: 2, c: null }),
      // need: 3.0 − 2.6 = 0.4, under the 0.5 threshold: no gap prompt.
      dimension("need", 2.8, { a: 3, b: 2.6, c: null }),
      // purpose: 4.0 − 3.0 = 1.0.
      dimension("purpose", 3.5, { a: 3, b: 4, c: null }),
      // roles: only one partner shown: no gap; the overall mean 1.9 is the lowest.
      dimension("roles", 1.9, { a: 1.9, b: null, c: null }),
    ]);
    const prompts = discussionPrompts(w, names, 5);
    expect(prompts.map((p) => [p.kind, p.dimension])).toEqual([
      ["gap", "trust"],
      ["gap", "purpose"],
      // Lowest two overall means: roles 1.9, then need 2.8.
      ["low", "roles"],
      ["low", "need"],
    ]);
    expect(prompts[0]!.text).toBe(
      "“Dimension trust”: Alpha scores 4.5 and Beta 2.0 (a gap of 2.5). What does Alpha see that Beta does not?",
    );
    expect(prompts[1]!.text).toContain("Beta scores 4.0 and Alpha 3.0 (a gap of 1.0)");
    expect(prompts[2]!.text).toContain("(1.9 out of 5 over everyone who answered)");
    expect(prompts.some((p) => p.text.includes("Gamma"))).toBe(false);
  });

  it("orders equal gaps by dimension id and keeps only as many as asked", () => {
    const w = wave([
      dimension("zeta", 3, { a: 4, b: 3 }),
      dimension("alpha", 3, { a: 2, b: 3 }),
      dimension("mid", 3, { a: 1, b: 3 }),
    ]);
    const prompts = discussionPrompts(w, names, 5, { ...DEFAULT_PROMPT_OPTIONS, gaps: 2, lows: 0 });
    // mid: 3 − 1 = 2; alpha and zeta both 1, alpha first by id; only two kept.
    expect(prompts.map((p) => p.dimension)).toEqual(["mid", "alpha"]);
  });

  it("raises pairs rated differently by 2 levels or more, the most lopsided first", () => {
    const w = wave(
      [],
      [
        // a → b 4, b → a 1: difference 3.
        { a: "a", b: "b", aRatesB: 4, bRatesA: 1, difference: 3 },
        // a → c 2, c → a 4: difference −2, |−2| = 2 qualifies.
        { a: "a", b: "c", aRatesB: 2, bRatesA: 4, difference: -2 },
        // b → c 3, c → b 2: difference 1, under 2.
        { a: "b", b: "c", aRatesB: 3, bRatesA: 2, difference: 1 },
      ],
    );
    const prompts = discussionPrompts(w, names, 5);
    expect(prompts.map((p) => p.text)).toEqual([
      "Alpha rates its work with Beta at level 4.0, but Beta rates it at 1.0. Why might the two see the relationship so differently?",
      "Alpha rates its work with Gamma at level 2.0, but Gamma rates it at 4.0. Why might the two see the relationship so differently?",
    ]);
  });
});
