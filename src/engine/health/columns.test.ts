import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyseAssessmentReference,
  analyseWaveReference,
} from "../../../test/reference/health-analyse-reference.ts";
import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { analyseAssessment } from "./analyse.ts";
import { analyseWave } from "./analyse-wave.ts";
import type { HealthViewer } from "./view.ts";

// Three dimensions of 1, 2 and 3 items (so "at least half answered" means 1 of 1, 1 of 2, 2 of 3),
// two items reversed; bands on the total and on dimension means.
const RATING: Instrument = {
  id: "t",
  version: 1,
  name: "Test",
  description: "",
  kind: "rating",
  dimensions: [
    { id: "a", name: "A" },
    { id: "b", name: "B", category: "cat" },
    { id: "c", name: "C" },
  ],
  items: [
    { id: "c1", dimension: "c", text: "x" },
    { id: "a1", dimension: "a", text: "x", reverse: true },
    { id: "b1", dimension: "b", text: "x" },
    { id: "c2", dimension: "c", text: "x", reverse: true },
    { id: "b2", dimension: "b", text: "x" },
    { id: "c3", dimension: "c", text: "x" },
  ],
  scale: { min: 1, max: 5, labels: {} },
  bands: [
    { min: 6, max: 14, label: "low" },
    { min: 15, max: 30, label: "high" },
  ],
  dimensionBands: [
    { min: 1, max: 2.9, label: "weak" },
    { min: 3, max: 5, label: "strong" },
  ],
};
const PAIRWISE: Instrument = { ...RATING, id: "p", kind: "pairwise", items: [], bands: [] };
const PARTNERS = ["P", "Q", "R", "S"];
const WAVES = [
  { id: "w2", date: "2026-03-01" },
  { id: "w1", date: "2026-01-01" },
  { id: "w0", date: "2026-01-01" },
];

// Answers: a scale value, "don't know" (null) or no key at all; partners and waves now and then
// unknown to the assessment (the engine drops such a wave and keeps such a partner out of groups).
const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null), fc.constant(undefined));
const response = fc
  .record({
    partner: fc.constantFrom("P", "Q", "R", "S", "P", "Q", "X"),
    wave: fc.constantFrom("w0", "w1", "w2", "w0", "w1", "w9"),
    answers: fc.array(answer, { minLength: 6, maxLength: 6 }),
    ratings: fc.option(
      fc.dictionary(fc.constantFrom("P", "Q", "R", "S"), fc.integer({ min: 0, max: 5 })),
      { nil: undefined },
    ),
  })
  .map(({ partner, wave, answers, ratings }): HealthResponse => {
    const out: HealthResponse = { partner, wave, answers: {} };
    RATING.items.forEach((item, k) => {
      if (answers[k] !== undefined) out.answers[item.id] = answers[k]!;
    });
    if (ratings) out.ratings = ratings;
    return out;
  });
const viewer: fc.Arbitrary<HealthViewer> = fc.record({
  minGroupSize: fc.integer({ min: 1, max: 4 }),
  own: fc.constantFrom(null, "P", "S"),
  full: fc.boolean(),
  showWhole: fc.boolean(),
});

describe("the columnar analysis against the respondent-by-respondent reference", () => {
  it("gives every wave and every change exactly as the reference (rating instrument)", () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 40 }), viewer, (responses, v) => {
        const input = { instrument: RATING, partners: PARTNERS, waves: WAVES, responses };
        const ours = analyseAssessment(input, v);
        expect({ waves: ours.waves, change: ours.change }).toStrictEqual(
          analyseAssessmentReference(input, v),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("gives one wave's pairs and aggregates exactly as the reference (pairwise instrument)", () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 30 }), viewer, (responses, v) => {
        const wave = WAVES[0]!;
        expect(analyseWave(PAIRWISE, PARTNERS, wave, responses, v)).toStrictEqual(
          analyseWaveReference(PAIRWISE, PARTNERS, wave, responses, v),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("agrees on a large wave to the last bit (2,000 respondents, sums in respondent order)", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const responses: HealthResponse[] = Array.from({ length: 2000 }, (_, k) => ({
      partner: PARTNERS[k % 4]!,
      wave: WAVES[k % 3]!.id,
      answers: Object.fromEntries(
        RATING.items.map((i) => [i.id, next() < 0.1 ? null : 1 + Math.floor(next() * 5)]),
      ),
    }));
    const input = { instrument: RATING, partners: PARTNERS, waves: WAVES, responses };
    const v = { minGroupSize: 3, own: null, full: false };
    const ours = analyseAssessment(input, v);
    expect({ waves: ours.waves, change: ours.change }).toStrictEqual(
      analyseAssessmentReference(input, v),
    );
  });
});
