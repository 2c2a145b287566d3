import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pbrModelSchema } from "../../shared/pbr.ts";
import { outcomeScenarioOf } from "./outcome-scenario.ts";
import { runPbrModel } from "./pbr-model.ts";
import { preparePbr } from "./prepare.ts";

const model = pbrModelSchema.parse(
  JSON.parse(
    readFileSync(new URL("../../../examples/pbr/work-programme.json", import.meta.url), "utf8"),
  ),
);
const prepared = preparePbr(model);

describe("outcomeScenarioOf", () => {
  it("moves JSA 25+ to the NAO's 26% and the department's 40%, and more outcomes pay more", () => {
    const nao = outcomeScenarioOf(prepared, "jsa-25-plus", 0.26)!;
    const dept = outcomeScenarioOf(prepared, "jsa-25-plus", 0.4)!;
    expect(nao.reached).toBeCloseTo(0.26, 5);
    expect(dept.reached).toBeCloseTo(0.4, 5);
    expect(dept.scale).toBeGreaterThan(nao.scale);
    // The scale found reproduces the rate when the model is run again with it.
    const again = runPbrModel(prepared, { startProbabilityScale: dept.scale });
    expect(again.providers[0]!.npv).toBeCloseTo(dept.providers[0]!.npv, 6);
    dept.providers.forEach((p, i) => expect(p.npv).toBeGreaterThan(nao.providers[i]!.npv));
  });

  it("is null for an unknown group and reports an unreachable target as reached below it", () => {
    expect(outcomeScenarioOf(prepared, "nope", 0.3)).toBeNull();
    const impossible = outcomeScenarioOf(prepared, "jsa-25-plus", 0.99)!;
    expect(impossible.reached).toBeLessThan(0.99);
  });
});
