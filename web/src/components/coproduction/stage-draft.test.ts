import { describe, expect, it } from "vitest";
import {
  type CoproductionStage,
  coproductionStageSchema,
} from "../../../../src/shared/coproduction.ts";
import { validateWith } from "../../lib/validation.ts";
import { stageDraftOf, stageErrorsOf, stageInputOf } from "./stage-draft.ts";

const stored: CoproductionStage = {
  stage: "co_design",
  start: "2010-04-01",
  end: "2010-06-30",
  people: [{ name: "Chair", role: "Residents" }],
  organisations: [{ organisation: "org-1", role: "Runs it" }],
  costs: [{ description: "Workshops", amount: 4500 }],
  outputs: ["A design"],
  evidence: ["ev-1"],
  links: [{ title: "Minutes", url: "https://example.org/m" }],
  valueMap: null,
};

describe("co-production stage drafts", () => {
  it("round-trips a stored stage: amounts become text and back, nothing is lost", () => {
    const draft = stageDraftOf("co_design", stored);
    expect(draft.costs).toEqual([{ description: "Workshops", amount: "4500" }]);
    expect(stageInputOf(draft)).toEqual(stored);
  });

  it("starts a stage not yet recorded blank, with no dates", () => {
    const input = stageInputOf(stageDraftOf("delivery"));
    expect(input).toMatchObject({ stage: "delivery", start: null, end: null, costs: [] });
  });

  it("names the field of a negative cost, a blank amount and an end before the start", () => {
    const draft = stageDraftOf("co_design", stored);
    draft.costs = [
      { description: "Venue", amount: "-5" },
      { description: "Food", amount: " " },
      { description: "Travel", amount: "1,250.50" },
    ];
    const bad = validateWith(coproductionStageSchema, stageInputOf(draft));
    expect(bad).toEqual({
      ok: false,
      errors: {
        "$.costs[0].amount": "must not be negative",
        "$.costs[1].amount": "must be a number",
      },
    });
    draft.costs = [{ description: "Travel", amount: "1,250.50" }];
    draft.end = "2010-03-31";
    const early = validateWith(coproductionStageSchema, stageInputOf(draft));
    expect(early).toEqual({ ok: false, errors: { "$.end": "must not be before the start" } });
    draft.end = "2010-06-30";
    const ok = validateWith(coproductionStageSchema, stageInputOf(draft));
    expect(ok.ok && ok.value.costs).toEqual([{ description: "Travel", amount: 1250.5 }]);
  });

  it("maps the server's whole-project paths to the stage's own fields", () => {
    // co_design edited with steering_group, delivery and co_design stored: the server appends the
    // edited stage after the 2 others (index 2); in process order it is second (index 1).
    const stages = ["steering_group", "co_design", "delivery"] as const;
    const errors = stageErrorsOf(
      {
        "$.stages[2].costs[0].amount": "must not be negative",
        "$.stages[1].organisations[0].organisation":
          'refers to organisation "x", which does not exist',
        "$.stages[0].organisations[0].organisation":
          'refers to organisation "y", which does not exist',
      },
      "co_design",
      stages,
    );
    expect(errors).toEqual({
      "$.costs[0].amount": "must not be negative",
      "$.organisations[0].organisation": 'refers to organisation "x", which does not exist',
      // Another stage's problem keeps its path.
      "$.stages[0].organisations[0].organisation":
        'refers to organisation "y", which does not exist',
    });
  });
});
