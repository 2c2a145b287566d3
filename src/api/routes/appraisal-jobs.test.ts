import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoApi, openDemoApi } from "../../../test/factories/demo-api.ts";

let app: FastifyInstance;
let headers: { authorization: string };
const base = "/api/v1/workspaces/demo/appraisals/association-back-office";

let api: DemoApi;
beforeAll(async () => {
  api = await openDemoApi();
  ({ app, headers } = api);
});
afterAll(() => api.close());

const inject = (method: "GET" | "POST" | "DELETE", url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

/** Polls a job until it is no longer queued or running. */
async function settled(id: string) {
  for (;;) {
    const job = (await inject("GET", `/api/v1/jobs/${id}`)).json();
    if (job.status !== "queued" && job.status !== "running") return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("an appraisal's Monte Carlo as a job", () => {
  it("gives the results route's numbers for the same iterations and seed, in chunks on a worker thread", async () => {
    const start = await inject("POST", `${base}/monte-carlo`, { iterations: 3_000, seed: 11 });
    expect(start.statusCode).toBe(202);
    expect(start.json().job).toMatchObject({ kind: "appraisal-monte-carlo", workspace: "demo" });
    const job = await settled(start.json().job.id);
    expect([job.status, job.progress, job.message]).toEqual(["done", 1, "Done"]);
    // The same numbers from the results route, which draws all 3,000 iterations in one piece.
    const direct = (await inject("POST", `${base}/results?iterations=3000&seed=11`)).json();
    expect(job.result.version).toBe(direct.version);
    expect(job.result.result.options.map((o: { monteCarlo: unknown }) => o.monteCarlo)).toEqual(
      direct.result.options.map((o: { monteCarlo: unknown }) => o.monteCarlo),
    );
    // A different seed draws different numbers (the comparison above could otherwise pass by accident).
    const other = (await inject("POST", `${base}/results?iterations=3000&seed=12`)).json();
    expect(other.result.options[0].monteCarlo.p50).not.toBe(
      job.result.result.options[0].monteCarlo.p50,
    );
  });

  it("refuses a number of iterations outside its limits, naming the field", async () => {
    for (const iterations of [50, 2_000_001, 1.5]) {
      const res = await inject("POST", `${base}/monte-carlo`, { iterations });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().error)).toContain("iterations");
    }
    expect(
      (
        await inject("POST", "/api/v1/workspaces/demo/appraisals/nope/monte-carlo", {
          iterations: 500,
        })
      ).statusCode,
    ).toBe(404);
  });

  it("stops when cancelled, between chunks", async () => {
    const start = await inject("POST", `${base}/monte-carlo`, { iterations: 2_000_000, seed: 3 });
    expect(start.statusCode).toBe(202);
    const id = start.json().job.id;
    expect((await inject("DELETE", `/api/v1/jobs/${id}`)).statusCode).toBeLessThan(300);
    const job = await settled(id);
    expect(job.status).toBe("cancelled");
    expect(job.result).toBeUndefined();
  });
});
