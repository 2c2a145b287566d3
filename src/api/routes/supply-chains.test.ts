import { readFile } from "node:fs/promises";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoApi, openDemoApi } from "../../../test/factories/demo-api.ts";

let app: FastifyInstance;
let headers: { authorization: string };
const base = "/api/v1/workspaces/demo/supply-chains";
const demoId = "work-programme-area-x";
const example = (name: string) =>
  readFile(new URL(`../../../examples/pbr/${name}`, import.meta.url), "utf8");

let api: DemoApi;
beforeAll(async () => {
  api = await openDemoApi();
  ({ app, headers } = api);
});
afterAll(() => api.close());

const get: DemoApi["get"] = (url) => api.get(url);
const send: DemoApi["send"] = (...args) => api.send(...args);

describe("supply chains API", () => {
  it("lists the demo's Work Programme chain linked to its partnership and contract", async () => {
    const list = await get(base);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toContainEqual(
      expect.objectContaining({
        id: demoId,
        partnership: "demo-p-wp-p1",
        contract: "demo-c-wp-p1",
        providers: 6,
        groups: 9,
      }),
    );
  });

  it("analyses a chain: providers with cash curves, break-even, sensitivity, scenarios and assumptions", async () => {
    const res = await get(`${base}/${demoId}/analysis?shortfall=-0.2`);
    expect(res.statusCode).toBe(200);
    const a = res.json();
    const prime = a.providers[0];
    expect(prime.id).toBe("demo-prime-1");
    expect(prime.cashCurve).toHaveLength(a.horizonWeeks + 4); // + the 4-week payment lag
    expect(Math.min(...prime.cashCurve)).toBeCloseTo(-prime.peakFunding, 1);
    expect(prime.sensitivity.plus1pp).toBeGreaterThan(0);
    expect(a.riskTransfer.shortfall).toBe(-0.2);
    expect(
      a.scenarios.map((s: { key: string; reached: number }) => [
        s.key,
        Math.round(s.reached * 100),
      ]),
    ).toEqual([
      ["nao", 26],
      ["department", 40],
    ]);
    expect(a.assumptions.join(" ")).toContain("NPV discounts week w");
    expect((await get(`${base}/${demoId}/analysis?shortfall=-3`)).statusCode).toBe(400);
  });

  it("creates, saves (NPV moves with performance), and deletes a chain; names bad fields", async () => {
    const doc = JSON.parse(await example("work-programme.json"));
    const created = await send("POST", base, {
      id: "copy",
      name: "Copy",
      partnership: "demo-p-wp-p2",
      document: doc,
    });
    expect(created.statusCode).toBe(201);
    const before = (await get(`${base}/copy/analysis`)).json().providers[1].npv;
    doc.providers[1].performance = 1.3;
    const saved = await send("PUT", `${base}/copy`, {
      name: "Copy",
      partnership: "demo-p-wp-p2",
      document: doc,
    });
    expect(saved.statusCode).toBe(200);
    expect((await get(`${base}/copy/analysis`)).json().providers[1].npv).toBeGreaterThan(before);
    doc.allocation[0].share = 0.5;
    const bad = await send("PUT", `${base}/copy`, { name: "Copy", document: doc });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems[0]).toMatchObject({ path: "$.document.groups[0]" });
    expect(bad.json().error.problems[0].message).toContain("not 1");
    const notChain = await send("POST", base, {
      id: "x",
      name: "X",
      partnership: "demo-p-association",
      document: doc,
    });
    expect(notChain.statusCode).toBe(400);
    const missing = await send("POST", base, {
      id: "y",
      name: "Y",
      contract: "nope",
      document: JSON.parse(await example("work-programme.json")),
    });
    expect([missing.statusCode, missing.json().error.problems[0].path]).toEqual([
      409,
      "$.contract",
    ]);
    expect((await app.inject({ method: "DELETE", url: `${base}/copy`, headers })).statusCode).toBe(
      204,
    );
    expect((await get(`${base}/copy`)).statusCode).toBe(404);
  });

  it("refuses to delete the partnership a chain is linked to", async () => {
    const res = await app.inject({
      method: "DELETE",
      url: "/api/v1/workspaces/demo/partnerships/demo-p-wp-p1",
      headers,
    });
    expect(res.statusCode).toBe(409);
  });

  it("exports the provider table and cash curves as CSV, and the analysis as JSON", async () => {
    const providers = await get(`${base}/${demoId}/export.providers.csv`);
    expect(providers.headers["content-type"]).toContain("text/csv");
    const lines = providers.body.trim().split("\r\n");
    expect(lines[0]).toMatch(/^provider,name,tier,performance,revenue/);
    expect(lines).toHaveLength(7); // header + the six members of P1's chain
    const curves = (await get(`${base}/${demoId}/export.cash-curves.csv`)).body
      .trim()
      .split("\r\n");
    expect(curves[0]).toBe(
      "week,demo-prime-1,demo-tso1,demo-tso2,demo-threshold,demo-tso4,demo-ha1",
    );
    expect(
      JSON.parse((await get(`${base}/${demoId}/export.json`)).body).assumptions.length,
    ).toBeGreaterThan(5);
  });

  it("runs a Monte Carlo as a job with progress, reproducible by seed", async () => {
    const start = await send("POST", `${base}/${demoId}/monte-carlo`, { runs: 60, seed: 7 });
    expect(start.statusCode).toBe(202);
    const poll = async (id: string) => {
      for (;;) {
        const job = (await get(`/api/v1/jobs/${id}`)).json();
        if (job.status !== "running") return job;
        expect(job.progress).toBeGreaterThanOrEqual(0);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const done = await poll(start.json().job.id);
    expect([done.status, done.progress]).toEqual(["done", 1]);
    const prime = done.result.providers[0];
    expect(prime.npv.p10).toBeLessThanOrEqual(prime.npv.p90);
    const again = await poll(
      (await send("POST", `${base}/${demoId}/monte-carlo`, { runs: 60, seed: 7 })).json().job.id,
    );
    expect(again.result.providers).toEqual(done.result.providers);
    expect(
      (await send("POST", `${base}/${demoId}/monte-carlo`, { runs: 10 ** 6, seed: 1 })).statusCode,
    ).toBe(400);
    expect((await get("/api/v1/jobs/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
  });

  it("reports performance from a participants CSV and names a bad line", async () => {
    const res = await send(
      "POST",
      `${base}/${demoId}/performance`,
      await example("participants.csv"),
      "text/csv",
    );
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.chain.participants).toBe(600);
    expect(p.providers.map((x: { id: string }) => x.id)).toContain("demo-tso2");
    expect(p.names["demo-prime-1"]).toContain("Prime");
    const bad = await send(
      "POST",
      `${base}/${demoId}/performance`,
      "participant_id,provider,group,referral_date,job_start_date,outcome,support_hours\nP1,a,g,2012-01-01,,maybe,3",
      "text/csv",
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems[0].path).toBe("participants: line 2, column outcome");
  });

  it("attributes journeys by every method and reconciles claims", async () => {
    const payload = {
      journeys: await example("journeys.csv"),
      claims: await example("claims.csv"),
    };
    const res = await send("POST", `${base}/${demoId}/attribution?method=shapley`, payload);
    expect(res.statusCode).toBe(200);
    const a = res.json();
    const sum = (credits: Record<string, number>) =>
      Object.values(credits).reduce((s, x) => s + x, 0);
    for (const method of ["first", "last", "linear", "shapley"])
      expect(sum(a.credits[method])).toBeCloseTo(a.outcomes, 6);
    expect(a.claims.overClaimFactor).toBeGreaterThan(1.5);
  });

  it("serves the Work Programme preset with unverified flags", async () => {
    const preset = (await get("/api/v1/supply-chains/preset")).json();
    expect(preset.groups).toHaveLength(9);
    expect(preset.groups.find((g: { id: string }) => g.id === "jsa-25-plus").unverified).toBe(
      false,
    );
    expect(preset.groups.find((g: { id: string }) => g.id === "esa-volunteers").unverified).toBe(
      true,
    );
  });

  it("takes confidential survey responses and scores them, holding back small groups", async () => {
    const url = `${base}/${demoId}/merlin`;
    for (const v of [5, 4, 3])
      expect(
        (
          await send("POST", `${url}/responses`, {
            relation: "present",
            answers: { "funding-1": v },
          })
        ).statusCode,
      ).toBe(201);
    await send("POST", `${url}/responses`, { relation: "past", answers: { "funding-1": 1 } });
    const bad = await send("POST", `${url}/responses`, {
      relation: "boss",
      answers: { "funding-1": 9 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems.map((p: { path: string }) => p.path)).toEqual([
      "$.relation",
      '$.answers["funding-1"]',
    ]);
    const r = (await get(url)).json();
    // funding-1: 5, 4, 3, 1 → sum 13 of 4 → (13 − 4)/16 = 56.25%.
    expect(r.principles.find((p: { id: string }) => p.id === "funding").percent).toBe(56.25);
    expect(r.byRelation.every((g: { withheld: boolean }) => g.withheld)).toBe(true);
  });
});
