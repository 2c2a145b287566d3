import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { analyseAssessment } from "./analyse.ts";
import { analyseWave } from "./analyse-wave.ts";
import { AGREEMENT_SCALE } from "./instruments/build.ts";
import { scoreWave } from "./scored-wave.ts";
import { respondentScores } from "./scores.ts";
import { DEFAULT_VIEWER, type HealthViewer } from "./view.ts";

// Culture: c1 and c2 (reversed: 6 − x on 1–5); money: m1.
const INSTRUMENT: Instrument = {
  id: "t",
  version: 1,
  name: "Test",
  description: "",
  kind: "rating",
  dimensions: [
    { id: "culture", name: "Culture" },
    { id: "money", name: "Money" },
  ],
  items: [
    { id: "c1", dimension: "culture", text: "a" },
    { id: "c2", dimension: "culture", text: "b", reverse: true },
    { id: "m1", dimension: "money", text: "c" },
  ],
  scale: AGREEMENT_SCALE,
  bands: [
    { min: 3, max: 9, label: "low" },
    { min: 10, max: 15, label: "high" },
  ],
};
const W1 = { id: "w1", date: "2026-01-01" };
const r = (partner: string, c1: number, c2: number, m1: number, wave = "w1"): HealthResponse => ({
  partner,
  wave,
  answers: { c1, c2, m1 },
});
// P: culture (4+4)/2 = 4, (5+5)/2 = 5, 3; money 5, 4, 3; totals 13, 14, 9.
// Q: culture (2+2)/2 = 2, (1+1)/2 = 1; money 4, 5; totals 2+2+4 = 8, 1+1+5 = 7.
const RESPONSES = [
  r("P", 4, 2, 5),
  r("P", 5, 1, 4),
  r("P", 3, 3, 3),
  r("Q", 2, 4, 4),
  r("Q", 1, 5, 5),
];
const OWNER: HealthViewer = { minGroupSize: 3, own: null, full: true };

describe("one wave's analysis", () => {
  it("gives per-partner means, the gap and agreement as worked by hand (owner's view)", () => {
    const w = analyseWave(INSTRUMENT, ["P", "Q"], W1, RESPONSES, OWNER);
    const culture = w.dimensions[0]!;
    // All five: 4, 5, 3, 2, 1 → mean 3, s² = (1 + 4 + 0 + 1 + 4) / 4 = 2.5, r_wg = 1 − 2.5/2 < 0 → 0,
    // AD = (1 + 2 + 0 + 1 + 2) / 5 = 1.2.
    expect(culture.mean).toBe(3);
    expect(culture.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(culture).toMatchObject({ rwg: 0, ad: 1.2, adAcceptable: false, gap: 2.5 });
    expect(culture.byPartner.P).toMatchObject({ n: 3, mean: 4, sd: 1, rwg: 0.5 });
    expect(culture.byPartner.P!.ad).toBeCloseTo(2 / 3, 12);
    expect(culture.byPartner.Q).toMatchObject({ n: 2, mean: 1.5 });
    // Money: P 4, Q 4.5, gap 0.5; all 21/5 = 4.2.
    expect(w.dimensions[1]).toMatchObject({ mean: 4.2, gap: 0.5 });
    expect(w.largestGaps).toEqual([
      { dimension: "culture", gap: 2.5, high: "P", low: "Q" },
      { dimension: "money", gap: 0.5, high: "Q", low: "P" },
    ]);
    // Totals 13, 14, 9, 8, 7 → 51 / 5 = 10.2 (band "high"); P 36 / 3 = 12, Q 15 / 2 = 7.5 ("low").
    expect(w.total).toMatchObject({ n: 5, mean: 10.2, band: "high" });
    expect(w.total!.byPartner).toEqual({
      P: { n: 3, mean: 12, band: "high" },
      Q: { n: 2, mean: 7.5, band: "low" },
    });
    expect(w.responsesByPartner).toEqual({ P: 3, Q: 2 });
    expect(w.withheld).toEqual([]);
  });

  it("withholds a partner of two from others, and the whole that would give it away", () => {
    const w = analyseWave(INSTRUMENT, ["P", "Q"], W1, RESPONSES, DEFAULT_VIEWER);
    expect(w.withheld).toEqual(["Q"]);
    expect(w.dimensions[0]!.byPartner.Q).toBeNull();
    expect(w.dimensions[0]!.byPartner.P).toMatchObject({ mean: 4 });
    // The overall mean less P's would give Q's two respondents: not shown.
    expect(w.dimensions[0]).toMatchObject({ mean: null, sd: null, rwg: null, gap: null });
    expect(w.total).toBeNull();
    // The live count is shown to everyone.
    expect(w.responsesByPartner).toEqual({ P: 3, Q: 2 });
  });

  it("shows a partner its own aggregate whatever its size", () => {
    const w = analyseWave(INSTRUMENT, ["P", "Q"], W1, RESPONSES, { ...DEFAULT_VIEWER, own: "Q" });
    expect(w.withheld).toEqual([]);
    expect(w.dimensions[0]).toMatchObject({ mean: 3, gap: 2.5 });
  });

  it("shows the whole when the withheld respondents number three or more", () => {
    // Q (2) and R (1) withheld: 3 respondents between them, no one isolated by the difference.
    const more = [...RESPONSES, r("R", 5, 1, 5)];
    const w = analyseWave(INSTRUMENT, ["P", "Q", "R"], W1, more, DEFAULT_VIEWER);
    expect(w.withheld).toEqual(["Q", "R"]);
    // Culture 4, 5, 3, 2, 1, 5 → 20 / 6.
    expect(w.dimensions[0]!.mean).toBeCloseTo(20 / 6, 12);
  });

  it("leaves out a respondent's dimension when under half its items are answered", () => {
    const partial: HealthResponse = {
      partner: "P",
      wave: "w1",
      answers: { c1: null, c2: null, m1: 2 },
    };
    const w = analyseWave(INSTRUMENT, ["P", "Q"], W1, [...RESPONSES, partial], OWNER);
    expect(w.dimensions[0]!.byPartner.P!.n).toBe(3);
    // Money for P: 5, 4, 3, 2 → 3.5. The partial respondent has no total.
    expect(w.dimensions[1]!.byPartner.P!.mean).toBe(3.5);
    expect(w.total!.n).toBe(5);
  });
});

describe("pairwise ratings", () => {
  const PAIRWISE: Instrument = {
    ...INSTRUMENT,
    kind: "pairwise",
    dimensions: [],
    items: [],
    bands: [],
  };
  const ratings: HealthResponse[] = [
    { partner: "A", wave: "w1", answers: {}, ratings: { B: 4, C: 1 } },
    { partner: "B", wave: "w1", answers: {}, ratings: { A: 2 } },
  ];

  it("A rates B 4, B rates A 2: difference 4 − 2 = 2; no pair with C, who rated no one", () => {
    const w = analyseWave(PAIRWISE, ["A", "B", "C"], W1, ratings, OWNER);
    expect(w.pairs).toEqual([{ a: "A", b: "B", aRatesB: 4, bRatesA: 2, difference: 2 }]);
  });

  it("withholds one respondent's ratings from others, and from the rated partner", () => {
    expect(analyseWave(PAIRWISE, ["A", "B", "C"], W1, ratings, DEFAULT_VIEWER).pairs).toEqual([]);
    expect(
      analyseWave(PAIRWISE, ["A", "B", "C"], W1, ratings, { ...DEFAULT_VIEWER, own: "A" }).pairs,
    ).toEqual([]);
  });
});

describe("change between waves", () => {
  it("culture 1, 2, 3 then 3, 4, 5: difference 2, Welch interval 2 ± 2.776 × √(2/3)", () => {
    const w2 = { id: "w2", date: "2026-06-01" };
    const responses = [1, 2, 3]
      .map((x) => r("P", x, 6 - x, 3))
      .concat([3, 4, 5].map((x) => r("P", x, 6 - x, 3, "w2")));
    const out = analyseAssessment(
      { instrument: INSTRUMENT, partners: ["P", "Q"], waves: [w2, W1], responses },
      OWNER,
    );
    expect(out.waves.map((w) => w.id)).toEqual(["w1", "w2"]);
    const culture = out.change.find((c) => c.dimension === "culture")!;
    expect(culture).toMatchObject({ from: "w1", to: "w2", difference: 2 });
    expect(culture.high!).toBeCloseTo(4.26659, 4);
    // Money 3, 3, 3 both times: no spread, no interval.
    expect(out.change.find((c) => c.dimension === "money")).toMatchObject({
      difference: 0,
      low: null,
    });
  });
});

describe("invariants", () => {
  const answer = fc.integer({ min: 1, max: 5 });
  const response = fc
    .tuple(fc.constantFrom("P", "Q", "R"), answer, answer, answer)
    .map(([p, a, b, c]) => r(p, a, b, c));

  it("keeps every shown mean within the scale, gaps non-negative, and never shows a group of one or two to others", () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 12 }), (responses) => {
        const w = analyseWave(INSTRUMENT, ["P", "Q", "R"], W1, responses, DEFAULT_VIEWER);
        for (const d of w.dimensions) {
          if (d.mean !== null) expect(d.mean).toBeGreaterThanOrEqual(1);
          if (d.mean !== null) expect(d.mean).toBeLessThanOrEqual(5);
          if (d.gap !== null) expect(d.gap).toBeGreaterThanOrEqual(0);
          for (const g of Object.values(d.byPartner)) if (g) expect(g.n).toBeGreaterThanOrEqual(3);
          const hidden = responses.filter((x) => w.withheld.includes(x.partner)).length;
          if (hidden === 1 || hidden === 2) expect(d.mean).toBeNull();
        }
      }),
    );
  });

  it("scores a reversed item so that swapping every answer x for 6 − x mirrors the means about 3", () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 10 }), (responses) => {
        const mirror = responses.map((x) => ({
          ...x,
          answers: Object.fromEntries(
            Object.entries(x.answers).map(([k, v]) => [k, 6 - (v as number)]),
          ),
        }));
        const [a, b] = [responses, mirror].map(
          (rs) => analyseWave(INSTRUMENT, ["P", "Q", "R"], W1, rs, OWNER).dimensions[0]!.mean!,
        );
        expect(a! + b!).toBeCloseTo(6, 9); // two waves mapped, so both means exist
      }),
    );
  });

  it("scores in columns exactly as respondent by respondent, 'don't know' included", () => {
    const maybe = fc.option(answer, { nil: null });
    const loose = fc.tuple(fc.constantFrom("P", "Q"), maybe, maybe, maybe).map(
      ([partner, c1, c2, m1]): HealthResponse => ({
        partner,
        wave: "w1",
        answers: { c1, c2, m1 },
      }),
    );
    fc.assert(
      fc.property(fc.array(loose, { maxLength: 10 }), (responses) => {
        const columns = scoreWave(INSTRUMENT, ["P", "Q"], responses);
        responses.forEach((r, k) => {
          const one = respondentScores(INSTRUMENT, r.answers);
          INSTRUMENT.dimensions.forEach((d, j) => {
            const v = columns.dimensions[j]![k]!;
            expect(Number.isNaN(v) ? null : v).toBe(one.dimensions.get(d.id));
          });
          expect(Number.isNaN(columns.totals[k]!) ? null : columns.totals[k]).toBe(one.total);
        });
      }),
    );
  });
});
