import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { constitutionalChangeOf } from "../../engine/landscape/constitutional-change.ts";
import { runSeed } from "../../engine/simulation/random.ts";
import { simulateRun } from "../../engine/simulation/run.ts";
import { statisticOf } from "../../engine/simulation/statistics.ts";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { DomainError } from "../errors.ts";
import { exchangeExport } from "../exchange.ts";
import { simulationResolve, simulationRun, simulationSaveWorkspace } from "./simulate.ts";

let store: Store;
let ctx: ServiceContext;
beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
});
afterAll(() => store.close());

describe("simulation service", () => {
  it("gives identical output for 0, 1, 2 and 3 worker threads", async () => {
    const resolved = simulationResolve({ preset: "ni-procurement-2008", runs: 7, seed: 9 });
    const outputs = [];
    for (const workers of [0, 1, 2, 3])
      outputs.push(JSON.stringify(await simulationRun(resolved, workers)));
    expect(new Set(outputs).size).toBe(1);
    const other = await simulationRun({ ...resolved, seed: 10 }, 0);
    expect(JSON.stringify(other)).not.toBe(outputs[0]);
  }, 60_000);

  it.each([
    [{ format: "partnerscope-scenario/v1", preset: "nowhere", changes: [] }, "$.preset"],
    [
      {
        format: "partnerscope-scenario/v1",
        preset: "england-housing-2002",
        changes: [{ policy: "brexit_2016" }],
      },
      "$.changes[0].policy",
    ],
    [
      {
        format: "partnerscope-scenario/v1",
        preset: "england-housing-2002",
        changes: [{ policy: "lender_repricing_2008", parameters: { nonsense: 1 } }],
      },
      "$.changes[0].parameters.nonsense",
    ],
    [
      {
        format: "partnerscope-scenario/v1",
        preset: "england-housing-2002",
        changes: [{ policy: "lender_repricing_2008", from: 2010, to: 2008 }],
      },
      "$.changes[0].to",
    ],
    [{ format: "partnerscope-scenario/v2", preset: "england-housing-2002" }, "$.format"],
    [{ format: "partnerscope-scenario/v1", preset: "england-housing-2002", runs: 1e9 }, "$.runs"],
  ])("refuses a bad scenario naming the path (%#)", (scenario, path) => {
    try {
      simulationResolve({ scenario });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).problems.map((p) => p.path)).toContain(path);
    }
  });

  it("applies a scenario: switching lender_repricing_2008 off changes the runs", () => {
    const base = simulationResolve({ preset: "england-housing-2002" });
    const changed = simulationResolve({
      scenario: {
        format: "partnerscope-scenario/v1",
        preset: "england-housing-2002",
        changes: [{ policy: "lender_repricing_2008", enabled: false }],
        runs: 3,
        seed: 4,
      },
    });
    expect(changed.runs).toBe(3);
    expect(changed.seed).toBe(4);
    expect(changed.spec.timeline.map((p) => p.policy)).not.toContain("lender_repricing_2008");
    expect(base.spec.timeline.map((p) => p.policy)).toContain("lender_repricing_2008");
  });

  it("saves run 0 as a workspace whose analytics agree with the run", async () => {
    const resolved = simulationResolve({ preset: "england-housing-2002", seed: 3 });
    const result = await simulationSaveWorkspace(ctx, "sim", resolved);
    const doc = await exchangeExport(ctx, "sim");
    expect(doc.workspace.name).toMatch(/simulated.*illustrative/);
    expect(doc.organisations.every((o) => o.illustrative)).toBe(true);
    expect(result.counts.events).toBeGreaterThan(500);
    const metrics = simulateRun(resolved.spec, runSeed(3, 0)).metrics;
    const change = constitutionalChangeOf(doc, {
      from: "2002-04-01",
      to: "2010-03-31",
      metric: "homes",
    });
    expect(change.organisations).toBe(metrics.constitutional[0]);
    expect(change.share).toBeCloseTo(statisticOf(metrics, "constitutional.share"), 12);
    expect(change.shareLarge).toBeCloseTo(statisticOf(metrics, "constitutional.shareLarge"), 12);
  }, 60_000);
});
