import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simulationResolve, simulationRun } from "../../services/simulation/simulate.ts";
import { LIMITS } from "../../shared/limits.ts";
import { type PeopleWorld, peopleWorld } from "./people-test-kit.ts";

let world: PeopleWorld;
let analyst: Record<string, string>;
let viewer: Record<string, string>;
let editor: Record<string, string>;
const base = "/api/v1/workspaces/alpha/simulations";

beforeAll(async () => {
  world = await peopleWorld();
  analyst = await world.signedIn(await world.person("ann@example.org", { alpha: "analyst" }));
  viewer = await world.signedIn(await world.person("vic@example.org", { alpha: "viewer" }));
  editor = await world.signedIn(await world.person("ed@example.org", { alpha: "editor" }));
});
afterAll(async () => world.close());

const post = (url: string, payload: unknown, headers = analyst) =>
  world.app.inject({ method: "POST", url, headers, payload: payload as object });
const job = (id: string, headers = analyst) =>
  world.app.inject({ url: `/api/v1/jobs/${id}`, headers });

async function settled(id: string) {
  for (let i = 0; i < 400; i++) {
    const view = (await job(id)).json();
    if (view.status !== "running") return view;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the job did not finish");
}

describe("simulations API", () => {
  it("runs a preset as a job whose result is the same summary the CLI prints", async () => {
    const started = await post(base, { preset: "ni-procurement-2008", runs: 3, seed: 7 });
    expect(started.statusCode).toBe(202);
    const done = await settled(started.json().job.id);
    expect(done.status).toBe("done");
    expect(done.progress).toBe(1);
    expect(Object.keys(done.result).sort()).toEqual(
      ["calibration", "constitutionalChange", "preset", "runs", "seed", "years"].sort(),
    );
    expect(done.result.runs).toBe(3);
    const direct = await simulationRun(
      simulationResolve({ preset: "ni-procurement-2008", runs: 3, seed: 7 }),
      0,
    );
    expect(done.result).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it("cancels a running job between runs and keeps it cancelled", async () => {
    const started = await post(base, {
      preset: "england-housing-2002",
      runs: LIMITS.simulationRuns,
    });
    const id = started.json().job.id;
    expect(
      (await world.app.inject({ method: "DELETE", url: `/api/v1/jobs/${id}`, headers: viewer }))
        .statusCode,
    ).toBe(403);
    const cancelled = await world.app.inject({
      method: "DELETE",
      url: `/api/v1/jobs/${id}`,
      headers: analyst,
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe("cancelled");
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = (await job(id)).json();
    expect(after.status).toBe("cancelled");
    expect(after.progress).toBeLessThan(1);
    expect(after.result).toBeUndefined();
  });

  it("refuses runs over the cap, a bad scenario (naming the path) and a viewer", async () => {
    const tooMany = await post(base, {
      preset: "ni-procurement-2008",
      runs: LIMITS.simulationRuns + 1,
    });
    expect(tooMany.statusCode).toBe(400);
    const badScenario = await post(base, {
      format: "partnerscope-scenario/v1",
      preset: "ni-procurement-2008",
      changes: [{ policy: 42 }],
    });
    expect(badScenario.statusCode).toBe(400);
    expect(JSON.stringify(badScenario.json())).toContain("changes");
    const unknownPreset = await post(base, { preset: "atlantis" });
    expect(unknownPreset.statusCode).toBe(400);
    const byViewer = await post(base, { preset: "ni-procurement-2008", runs: 1 }, viewer);
    expect(byViewer.statusCode).toBe(403);
  });

  it("saves run 0 as a new workspace the caller owns, and refuses a slug in use", async () => {
    const saved = await post(
      `${base}/save`,
      { preset: "ni-procurement-2008", slug: "ni-sim" },
      editor,
    );
    expect(saved.statusCode).toBe(201);
    const members = await world.app.inject({
      url: "/api/v1/workspaces/ni-sim/members",
      headers: editor,
    });
    expect(members.statusCode).toBe(200);
    expect(JSON.stringify(members.json())).toContain('"owner"');
    const again = await post(
      `${base}/save`,
      { preset: "ni-procurement-2008", slug: "beta" },
      editor,
    );
    expect(again.statusCode).toBe(409);
    const byAnalyst = await post(`${base}/save`, { preset: "ni-procurement-2008", slug: "x" });
    expect(byAnalyst.statusCode).toBe(403);
  });
});
