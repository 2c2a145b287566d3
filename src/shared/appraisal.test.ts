import { describe, expect, it } from "vitest";
import { APPRAISAL_FORMAT, appraisalSchema } from "./appraisal.ts";
import { problemsOf } from "./problems.ts";

const saving = {
  kind: "saving",
  id: "s1",
  source: "external_procurement",
  difficulty: "easy",
  annual: 100,
  startYear: 1,
  probability: 0.8,
};

function docWith(over: Record<string, unknown> = {}) {
  return {
    format: APPRAISAL_FORMAT,
    title: "Test",
    baseDate: "2013-04-01",
    horizonYears: 10,
    options: [
      { id: "a", name: "A", stage: 0, lines: [saving], scores: { quality: 5 } },
      { id: "b", name: "B", stage: 7, lines: [], scores: { quality: 7 } },
    ],
    criteria: [
      { id: "npv", weight: 2 },
      { id: "quality", weight: 1 },
    ],
    ...over,
  };
}

function problems(doc: unknown) {
  const r = appraisalSchema.safeParse(doc);
  return r.success ? [] : problemsOf(r.error);
}

function withLine(line: Record<string, unknown>) {
  const d = docWith();
  return { ...d, options: [d.options[0], { ...d.options[1], lines: [line] }] };
}

describe("appraisalSchema", () => {
  it("accepts a valid document and fills defaults", () => {
    const doc = appraisalSchema.parse(docWith());
    expect(doc.discount).toEqual({ schedule: "green-book" });
    expect(doc.optimismBias).toEqual({ costs: 0, benefits: 0 });
    expect(doc.monteCarlo).toEqual({ iterations: 10_000, seed: 1 });
    expect(doc.options[0]!.lines[0]).toMatchObject({ rampYears: 1 });
  });

  it("says when a file is not an appraisal", () => {
    expect(problems(docWith({ format: "partnerscope/v1" }))[0]).toEqual({
      path: "$.format",
      message: `must be "${APPRAISAL_FORMAT}" (this is not a partnerscope appraisal file)`,
    });
  });

  it("names option, line and field for a bad probability", () => {
    expect(problems(withLine({ ...saving, probability: 1.5 }))).toContainEqual({
      path: "$.options[1].lines[0].probability",
      message: "must be between 0 and 1",
    });
  });

  it("rejects a range whose low is above its high", () => {
    const p = problems(withLine({ ...saving, range: { low: 200, high: 50 } }));
    expect(p).toContainEqual({
      path: "$.options[1].lines[0].range",
      message: "low (200) is above high (50)",
    });
  });

  it("rejects a base amount outside its range", () => {
    const p = problems(withLine({ ...saving, range: { low: 150, high: 250 } }));
    expect(p[0]?.path).toBe("$.options[1].lines[0].annual");
  });

  it("rejects a start year beyond the horizon", () => {
    const p = problems(withLine({ ...saving, startYear: 11 }));
    expect(p).toContainEqual({
      path: "$.options[1].lines[0].startYear",
      message: "11 is beyond the horizon (10)",
    });
    const oneOff = problems(withLine({ kind: "one_off_cost", id: "c", amount: 5, year: 12 }));
    expect(oneOff[0]?.path).toBe("$.options[1].lines[0].year");
  });

  it("rejects an end year before the start year", () => {
    const p = problems(
      withLine({ kind: "recurring_cost", id: "c", annual: 5, startYear: 4, endYear: 3 }),
    );
    expect(p).toContainEqual({
      path: "$.options[1].lines[0].endYear",
      message: "3 is before the start year (4)",
    });
  });

  it("names a criterion that no option scores", () => {
    const p = problems(
      docWith({
        criteria: [
          { id: "npv", weight: 1 },
          { id: "trust", weight: 1 },
        ],
      }),
    );
    expect(p).toEqual([
      { path: "$.criteria[1].id", message: 'unknown criterion "trust": no option scores it' },
    ]);
  });

  it("names the option and criterion when a weighted score is missing", () => {
    const d = docWith();
    const p = problems({ ...d, options: [d.options[0], { ...d.options[1], scores: {} }] });
    expect(p).toEqual([
      {
        path: "$.options[1].scores.quality",
        message: 'option "b" has no score for weighted criterion "quality"',
      },
    ]);
  });

  it("rejects weights that sum to 0", () => {
    const p = problems(docWith({ criteria: [{ id: "npv", weight: 0 }] }));
    expect(p).toEqual([
      { path: "$.criteria", message: "weights sum to 0: give at least one a weight" },
    ]);
  });

  it("rejects duplicate option, line and criterion ids", () => {
    const d = docWith();
    const dupOptions = problems({ ...d, options: [d.options[0], { ...d.options[1], id: "a" }] });
    expect(dupOptions).toContainEqual({ path: "$.options[1].id", message: 'id "a" is used twice' });
    const dupLines = problems({
      ...d,
      options: [{ ...d.options[0], lines: [saving, saving] }, d.options[1]],
    });
    expect(dupLines).toContainEqual({
      path: "$.options[0].lines[1].id",
      message: 'id "s1" is used twice',
    });
    const dupCriteria = problems(
      docWith({
        criteria: [
          { id: "npv", weight: 1 },
          { id: "npv", weight: 1 },
        ],
      }),
    );
    expect(dupCriteria).toContainEqual({
      path: "$.criteria[1].id",
      message: 'id "npv" is used twice',
    });
  });

  it("rejects a loan re-pricing that starts beyond the horizon and a stage outside 0–7", () => {
    const d = docWith();
    const loan = { debt: 1, rateIncrease: 0.01, fromYear: 20 };
    const p = problems({
      ...d,
      options: [d.options[0], { ...d.options[1], stage: 8, loanRepricing: loan }],
    });
    expect(p.map((x) => x.path)).toEqual([
      "$.options[1].stage",
      "$.options[1].loanRepricing.fromYear",
    ]);
  });
});
