import { describe, expect, it } from "vitest";
import { compareScenarios } from "../../engine/simulation/compare.ts";
import { DomainError } from "../errors.ts";
import { simulationCompareResolve, simulationCompareSteps } from "./simulation-compare.ts";

const scenario = { format: "partnerscope-scenario/v1", preset: "ni-procurement-2008", changes: [] };
const problemsOf = (input: unknown) => {
  try {
    simulationCompareResolve(input);
  } catch (error) {
    if (error instanceof DomainError) return error.problems.map((p) => p.path);
  }
  return [];
};

describe("simulationCompareSteps", () => {
  it("reports progress over every run of every scenario and gives the engine's comparison", async () => {
    const resolved = simulationCompareResolve({
      runs: 2,
      seed: 9,
      scenarios: [
        { label: "A", scenario },
        { label: "B", scenario: { ...scenario, years: 3 } },
      ],
    });
    const seen: [number, number | undefined][] = [];
    const out = await simulationCompareSteps(
      resolved,
      (f, _m, counts) => seen.push([f, counts?.done]),
      new AbortController().signal,
    );
    expect(seen).toEqual([
      [0.25, 1],
      [0.5, 2],
      [0.75, 3],
      [1, 4],
    ]);
    expect(out).toEqual(compareScenarios(resolved.entries, 9, 2));
    expect(out.scenarios[1]!.years.map((y) => y.year)).toEqual([2007, 2008, 2009]);
  });

  it("stops before the next run once cancelled", async () => {
    const controller = new AbortController();
    const resolved = simulationCompareResolve({ runs: 50, scenarios: [{ label: "A", scenario }] });
    let runs = 0;
    const work = simulationCompareSteps(
      resolved,
      () => {
        runs++;
        if (runs === 2) controller.abort();
      },
      controller.signal,
    );
    await expect(work).rejects.toThrow(/cancelled/);
    expect(runs).toBe(2);
  });

  it("refuses repeated labels, no scenarios and a bad preset, naming each path", () => {
    expect(problemsOf({ scenarios: [] })).toEqual(["$.scenarios"]);
    const twice = {
      scenarios: [
        { label: "A", scenario },
        { label: "A", scenario },
      ],
    };
    expect(problemsOf(twice)).toEqual(["$.scenarios[1].label"]);
    const bad = { scenarios: [{ label: "A", scenario: { ...scenario, preset: "nowhere" } }] };
    expect(problemsOf(bad)).toEqual(["$.scenarios[0].scenario.preset"]);
  });
});
