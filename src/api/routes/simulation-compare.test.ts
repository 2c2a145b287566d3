import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareScenarios } from "../../engine/simulation/compare.ts";
import { simulationCompareResolve } from "../../services/simulation/simulation-compare.ts";
import { type PeopleWorld, peopleWorld } from "./people-test-kit.ts";

let world: PeopleWorld;
let analyst: Record<string, string>;
let viewer: Record<string, string>;
const url = "/api/v1/workspaces/alpha/simulations/compare";
const scenario = (changes: unknown[] = []) => ({
  format: "partnerscope-scenario/v1",
  preset: "ni-procurement-2008",
  changes,
});
const request = {
  runs: 3,
  seed: 4,
  scenarios: [
    { label: "As preset", scenario: scenario() },
    {
      label: "Mandate from 2010",
      scenario: scenario([{ policy: "procurement_groups_ni_2008", from: 2010 }]),
    },
  ],
};

beforeAll(async () => {
  world = await peopleWorld();
  analyst = await world.signedIn(await world.person("ann@example.org", { alpha: "analyst" }));
  viewer = await world.signedIn(await world.person("vic@example.org", { alpha: "viewer" }));
});
afterAll(async () => world.close());

const post = (payload: unknown, headers = analyst) =>
  world.app.inject({ method: "POST", url, headers, payload: payload as object });

async function settled(id: string) {
  for (let i = 0; i < 400; i++) {
    const view = (await world.app.inject({ url: `/api/v1/jobs/${id}`, headers: analyst })).json();
    if (view.status !== "running" && view.status !== "queued") return view;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the job did not finish");
}

describe("scenario comparison API", () => {
  it("compares scenarios as a job whose result is the engine's comparison on the same seeds", async () => {
    const started = await post(request);
    expect(started.statusCode).toBe(202);
    expect(started.json().job.kind).toBe("simulation-compare");
    const done = await settled(started.json().job.id);
    expect(done.status).toBe("done");
    expect(done.result.scenarios.map((s: { label: string }) => s.label)).toEqual([
      "As preset",
      "Mandate from 2010",
    ]);
    const resolved = simulationCompareResolve(request);
    const direct = compareScenarios(resolved.entries, 4, 3);
    expect(done.result).toEqual(JSON.parse(JSON.stringify(direct)));
    // Mandated groups (stage 2) exist in 2009 as preset, not when the mandate starts in 2010.
    const stage2In2009 = (k: number) =>
      done.result.scenarios[k].years.find((y: { year: number }) => y.year === 2009)
        .partnershipsByStage["2"].mean;
    expect(stage2In2009(0)).toBeGreaterThan(stage2In2009(1));
  });

  it("lists the presets with their stored calibration report, to anyone signed in", async () => {
    const listed = await world.app.inject({ url: "/api/v1/simulations/presets", headers: viewer });
    expect(listed.statusCode).toBe(200);
    const england = listed
      .json()
      .items.find((p: { name: string }) => p.name === "england-housing-2002");
    expect(england.start).toBe(2002);
    expect(england.timeline).toContainEqual({
      policy: "lender_repricing_2008",
      from: 2008,
      to: 2010,
    });
    const line = england.calibration.report.find((l: { id: string }) => l.id === "meanSize.2010");
    expect(line).toMatchObject({ target: 1816, low: 1700, high: 1930, within: true });
    expect(line.p5).toBeLessThan(line.observed);
    expect(line.p95).toBeGreaterThan(line.observed);
    expect((await world.app.inject({ url: "/api/v1/simulations/presets" })).statusCode).toBe(401);
  });

  it("refuses a viewer, five scenarios, and a bad scenario naming its path", async () => {
    expect((await post(request, viewer)).statusCode).toBe(403);
    const five = { scenarios: Array.from({ length: 5 }, () => request.scenarios[0]) };
    const tooMany = await post(five);
    expect(tooMany.statusCode).toBe(400);
    expect(JSON.stringify(tooMany.json())).toMatch(/at most 4 scenarios/);
    const bad = await post({
      scenarios: [
        request.scenarios[0],
        { label: "Bad", scenario: scenario([{ policy: "lender_repricing_2008", from: "soon" }]) },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain("$.scenarios[1].scenario.changes[0].from");
  });
});
