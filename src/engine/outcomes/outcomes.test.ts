import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Outcome } from "../../shared/outcomes.ts";
import { measuresSummary, pairedChange, voiceGauge, workspaceVoice } from "./index.ts";

const m = (personCode: string, phase: "before" | "after", value: number, date = "2026-01-01") => ({
  indicator: "wellbeing",
  date,
  value,
  personCode,
  phase,
});

describe("voice-of-users gauge", () => {
  it("counts outcomes set by users or co-produced: 2 of 4 = 0.5", () => {
    const setBy = ["users", "co_produced", "commissioner", "provider"] as const;
    expect(voiceGauge(setBy.map((s) => ({ setBy: s })))).toEqual({
      outcomes: 4,
      byUsers: 1,
      coProduced: 1,
      share: 0.5,
    });
  });

  it("has no share without outcomes", () => {
    expect(voiceGauge([]).share).toBeNull();
  });

  it("pools per partnership and across the workspace", () => {
    // P: users, commissioner, co_produced → 2 of 3; the contract's provider outcome counts in the total only → 2 of 4.
    const out = workspaceVoice([
      { id: "f1", partnership: "p", outcomes: [{ setBy: "users" }, { setBy: "commissioner" }] },
      { id: "f2", partnership: "p", outcomes: [{ setBy: "co_produced" }] },
      { id: "f3", partnership: null, outcomes: [{ setBy: "provider" }] },
    ]);
    expect(out.partnerships).toEqual([
      { partnership: "p", frameworks: 2, outcomes: 3, byUsers: 1, coProduced: 1, share: 2 / 3 },
    ]);
    expect(out.total).toEqual({
      frameworks: 3,
      outcomes: 4,
      byUsers: 1,
      coProduced: 1,
      share: 0.5,
    });
  });
});

describe("measures summary", () => {
  const outcomes: Outcome[] = [
    {
      id: "o1",
      title: "Feeling better",
      setBy: "users",
      indicators: [
        {
          id: "wb",
          name: "Wellbeing",
          unit: "score",
          baseline: 40,
          target: 60,
          direction: "higher_is_better",
        },
        {
          id: "ae",
          name: "A&E visits",
          unit: "visits",
          baseline: 10,
          target: 5,
          direction: "lower_is_better",
        },
        { id: "none", name: "Not measured", unit: "n", direction: "higher_is_better" },
      ],
    },
  ];
  const measures = [
    { indicator: "wb", date: "2026-06-01", value: 50 },
    { indicator: "wb", date: "2026-01-01", value: 40 },
    { indicator: "wb", date: "2026-01-01", value: 44 },
    { indicator: "ae", date: "2026-03-01", value: 8 },
  ];
  const [wb, ae, none] = measuresSummary(outcomes, measures);

  it("means each date, oldest first: (40 + 44) / 2 = 42 on 1 January, then 50", () => {
    expect(wb!.series).toEqual([
      { date: "2026-01-01", value: 42, count: 2 },
      { date: "2026-06-01", value: 50, count: 1 },
    ]);
    expect(wb!.latest).toEqual({ date: "2026-06-01", value: 50 });
  });

  it("gives progress from baseline to target: (50 − 40) / (60 − 40) = 0.5; falling (8 − 10) / (5 − 10) = 0.4", () => {
    expect(wb!.progress).toBe(0.5);
    expect(ae!.progress).toBeCloseTo(0.4, 12);
  });

  it("gives the same series from measures grouped by date first (mean 42 of 2, then 50 of 1)", () => {
    const grouped = [
      { indicator: "wb", date: "2026-01-01", value: 42, count: 2 },
      { indicator: "wb", date: "2026-06-01", value: 50, count: 1 },
      { indicator: "ae", date: "2026-03-01", value: 8, count: 1 },
    ];
    expect(measuresSummary(outcomes, grouped)).toEqual([wb, ae, none]);
  });

  it("has no latest value or progress without measures", () => {
    expect(none).toMatchObject({ series: [], latest: null, progress: null, baseline: null });
  });
});

describe("paired change", () => {
  // Changes after − before: A +2, B 0, C +4, D −1, E +5; F has no 'after'.
  const measures = [
    m("A", "before", 3),
    m("A", "after", 5),
    m("B", "before", 4),
    m("B", "after", 4),
    m("C", "before", 2),
    m("C", "after", 6),
    m("D", "before", 5),
    m("D", "after", 4),
    m("E", "before", 1),
    m("E", "after", 6),
    m("F", "before", 3),
  ];

  it("gives the mean change and its 95 % CI by hand", () => {
    // mean = (2 + 0 + 4 − 1 + 5) / 5 = 2; squared deviations 0 + 4 + 4 + 9 + 9 = 26; s² = 26 / 4 = 6.5;
    // se = √(6.5 / 5) = 1.140175; t(0.975, 4) = 2.776445; half-width = 2.776445 × 1.140175 = 3.165634.
    const out = pairedChange({ id: "wellbeing", direction: "higher_is_better" }, measures);
    expect(out).toMatchObject({
      pairs: 5,
      unpaired: 1,
      meanChange: 2,
      improved: 3,
      improvedShare: 0.6,
    });
    expect(out.ci95!.low).toBeCloseTo(2 - 3.165634, 5);
    expect(out.ci95!.high).toBeCloseTo(2 + 3.165634, 5);
  });

  it("respects direction: when lower is better only D (−1) improved, 1 of 5", () => {
    const out = pairedChange({ id: "wellbeing", direction: "lower_is_better" }, measures);
    expect(out.improved).toBe(1);
    expect(out.improvedShare).toBe(0.2);
  });

  it("pairs a person's earliest before with their latest after", () => {
    const out = pairedChange({ id: "wellbeing", direction: "higher_is_better" }, [
      m("G", "before", 0, "2026-02-01"),
      m("G", "before", 10, "2026-01-01"),
      m("G", "after", 11, "2026-05-01"),
      m("G", "after", 12, "2026-06-01"),
    ]);
    expect(out).toMatchObject({ pairs: 1, meanChange: 2, ci95: null, improvedShare: 1 });
  });

  it("has no mean without pairs", () => {
    const out = pairedChange({ id: "wellbeing", direction: "higher_is_better" }, [
      m("F", "after", 1),
    ]);
    expect(out).toMatchObject({ pairs: 0, unpaired: 1, meanChange: null, improvedShare: null });
  });

  const people = fc.array(
    fc.record({
      before: fc.integer({ min: -1000, max: 1000 }),
      after: fc.integer({ min: -1000, max: 1000 }),
    }),
    { minLength: 2, maxLength: 40 },
  );
  const asMeasures = (ps: { before: number; after: number }[], shift = 0) =>
    ps.flatMap((p, i) => [m(`P${i}`, "before", p.before), m(`P${i}`, "after", p.after + shift)]);

  it("keeps the CI around the mean; improved either way never exceeds the pairs (property)", () => {
    fc.assert(
      fc.property(people, (ps) => {
        const up = pairedChange({ id: "wellbeing", direction: "higher_is_better" }, asMeasures(ps));
        const down = pairedChange(
          { id: "wellbeing", direction: "lower_is_better" },
          asMeasures(ps),
        );
        const same = ps.filter((p) => p.after === p.before).length;
        expect(up.improved + down.improved + same).toBe(ps.length);
        expect(up.ci95!.low).toBeLessThanOrEqual(up.meanChange!);
        expect(up.ci95!.high).toBeGreaterThanOrEqual(up.meanChange!);
      }),
    );
  });

  it("shifts mean and CI by c when every after value rises by c (property)", () => {
    fc.assert(
      fc.property(people, fc.integer({ min: -50, max: 50 }), (ps, c) => {
        const a = pairedChange({ id: "wellbeing", direction: "higher_is_better" }, asMeasures(ps));
        const b = pairedChange(
          { id: "wellbeing", direction: "higher_is_better" },
          asMeasures(ps, c),
        );
        expect(b.meanChange!).toBeCloseTo(a.meanChange! + c, 6);
        expect(b.ci95!.high - b.ci95!.low).toBeCloseTo(a.ci95!.high - a.ci95!.low, 6);
      }),
    );
  });

  it("keeps the gauge's share between 0 and 1 (property)", () => {
    const setBy = fc.constantFrom(
      "commissioner",
      "provider",
      "partners",
      "users",
      "co_produced" as const,
    );
    fc.assert(
      fc.property(fc.array(fc.record({ setBy }), { minLength: 1 }), (os) => {
        const g = voiceGauge(os as Pick<Outcome, "setBy">[]);
        expect(g.share).toBeGreaterThanOrEqual(0);
        expect(g.share).toBeLessThanOrEqual(1);
        expect(g.byUsers + g.coProduced).toBeLessThanOrEqual(g.outcomes);
      }),
    );
  });
});
