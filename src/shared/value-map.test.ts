import { describe, expect, it } from "vitest";
import { handWorked } from "../../test/factories/value-map.ts";
import { problemsOf } from "./problems.ts";
import { valueMapSchema } from "./value-map.ts";

function problems(input: unknown) {
  const parsed = valueMapSchema.safeParse(input);
  return parsed.success ? [] : problemsOf(parsed.error, input);
}

describe("partnerscope-valuemap/v1", () => {
  it("fills the defaults: inputs in year 0, outcomes from year 1", () => {
    const doc = valueMapSchema.parse(handWorked());
    expect(doc.inputs[0]!.year).toBe(0);
    expect(doc.outcomes[0]!.startYear).toBe(1);
    expect(doc.outcomes[0]!.proxy.confidence).toBeUndefined();
  });

  it("names the JSON path of a share outside 0–1, a duration under 1 and a bad confidence", () => {
    const input = handWorked();
    input.outcomes[0]!.dropOff = 1.5;
    input.outcomes[1]!.durationYears = 0;
    input.outcomes[1]!.proxy.confidence = 6;
    expect(problems(input).map((p) => p.path)).toEqual([
      "$.outcomes[0].dropOff",
      "$.outcomes[1].proxy.confidence",
      "$.outcomes[1].durationYears",
    ]);
    expect(problems(input)[0]!.message).toBe("must be between 0 and 1 (given 1.5)");
  });

  it("refuses unknown perspectives, repeated ids and a range that leaves out the stated value", () => {
    const input = handWorked();
    input.inputs[1]!.perspectives = ["gov", "treasury"];
    input.outcomes[1]!.id = "a";
    input.outcomes[0]!.range = { proxy: { low: 1100, high: 1200 } };
    expect(problems(input).map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.outcomes[1].id: repeats an id used earlier in the list (given "a")',
      '$.inputs[1].perspectives[1]: is not the id of a perspective of this value map (given "treasury")',
      "$.outcomes[0].range.proxy: must have low ≤ the stated value ≤ high (low 1100, stated 1000, high 1200)",
    ]);
  });

  it("refuses a wrong format and a wrong setBy with the allowed values", () => {
    const input = { ...handWorked(), format: "partnerscope/v1" };
    expect(problems(input)[0]!.path).toBe("$.format");
    const bad = handWorked();
    (bad.outcomes[0] as { setBy: string }).setBy = "council";
    expect(problems(bad)[0]).toEqual({
      path: "$.outcomes[0].setBy",
      message:
        'must be one of commissioner, provider, partners, users, co_produced (given "council")',
    });
  });
});
