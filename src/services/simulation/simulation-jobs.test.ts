import { describe, expect, it } from "vitest";
import { simulationResolve, simulationRun } from "./simulate.ts";
import { simulationRunSteps } from "./simulation-jobs.ts";

const resolved = () => simulationResolve({ preset: "ni-procurement-2008", runs: 4, seed: 3 });

describe("simulationRunSteps", () => {
  it("reports progress after each run and gives the same summary as the pool", async () => {
    const seen: string[] = [];
    const summary = await simulationRunSteps(
      resolved(),
      (fraction, message) => seen.push(`${fraction} ${message}`),
      new AbortController().signal,
    );
    expect(seen).toEqual([
      "0.25 1 of 4 runs done",
      "0.5 2 of 4 runs done",
      "0.75 3 of 4 runs done",
      "1 4 of 4 runs done",
    ]);
    expect(summary).toEqual(await simulationRun(resolved(), 0));
  });

  it("stops between runs once aborted", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = simulationRunSteps(
      resolved(),
      (fraction) => {
        seen.push(fraction);
        if (seen.length === 2) controller.abort();
      },
      controller.signal,
    );
    await expect(run).rejects.toThrow("cancelled");
    expect(seen).toEqual([0.25, 0.5]);
  });
});
