import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import {
  auditOf,
  contextOf,
  demoLoad,
  type ServiceContext,
  tokenIssue,
} from "../../src/services/index.ts";
import type { Store } from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

const base = "/api/v1/workspaces/demo/co-production-projects";

// The co-production API on each dialect: the demo's project listed and shown with its analysis,
// a project written whole, stage by stage and proposal by proposal, errors naming the path.
describe.each(STORE_FACTORIES)("co-production projects API on $name", (factory) => {
  let store: Store;
  let ctx: ServiceContext;
  let app: FastifyInstance;
  let headers: { authorization: string };
  const send = (method: "POST" | "PUT" | "GET" | "DELETE", url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  beforeAll(async () => {
    store = await factory.open();
    ctx = contextOf(store);
    await demoLoad(ctx);
    app = await buildApp({ ctx });
    headers = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("lists the demo's project by partnership and shows it with its analysis", async () => {
    const list = await send("GET", `${base}?partnership=demo-p-jus-west-london`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: "demo-cp-jus-west-london",
        stages: 7,
        cost: 149_500,
        start: "2009-05-01",
        end: "2010-10-31",
        valueMap: "demo-vm-jus-navigator",
      }),
    ]);
    expect((await send("GET", `${base}?partnership=demo-p-association`)).json().items).toEqual([]);
    const one = (await send("GET", `${base}/demo-cp-jus-west-london`)).json();
    expect(one.partnershipName).toBe("Joined-up Services, West London");
    // 149,500 − 150,000 (the typical project, an assumption shown with the comparison).
    expect(one.analysis.comparison).toMatchObject({ costDifference: -500, typicalMonths: 18 });
    expect(one.analysis.comparison.assumption).toMatch(/about 18 months and cost about £150,000/);
    const navigators = one.analysis.ranking.proposals.find(
      (p: { id: string }) => p.id === "navigators",
    );
    expect(navigators).toMatchObject({
      communityRank: 1,
      steeringRank: 2,
      difference: -1,
      agreement: "close",
    });
  });

  it("creates, edits a stage and the proposals, replaces and deletes a project", async () => {
    const created = await send("POST", base, {
      id: "cp-api",
      title: "Estate co-design",
      partnership: "demo-p-jus-west-london",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ stages: [], proposals: [], currency: "GBP" });
    const stage = await send("PUT", `${base}/cp-api/stages/research_audit`, {
      start: "2011-02-01",
      end: "2011-02-28",
      organisations: [{ organisation: "demo-threshold", role: "Runs the audit" }],
      costs: [{ description: "Fieldwork", amount: 4000 }],
    });
    expect(stage.statusCode).toBe(200);
    expect(stage.json().analysis.timeline).toMatchObject({ days: 28, start: "2011-02-01" });
    const proposals = await send("PUT", `${base}/cp-api/proposals`, {
      proposals: [
        { id: "x", title: "X", communityRank: 1, steeringRank: 1 },
        { id: "y", title: "Y", communityRank: 2, steeringRank: 2 },
        { id: "z", title: "Z", communityRank: 3, steeringRank: null },
      ],
    });
    // x and y ranked the same by both: rho 1 over the two both ranked; z is left out.
    expect(proposals.json().analysis.ranking).toMatchObject({ compared: 2, spearman: 1 });
    const removed = await send("DELETE", `${base}/cp-api/stages/research_audit`);
    expect(removed.json().stages).toEqual([]);
    const put = await send("PUT", `${base}/cp-api`, {
      title: "Renamed",
      partnership: "demo-p-jus-west-london",
    });
    expect(put.json()).toMatchObject({ title: "Renamed", proposals: [] });
    expect((await send("DELETE", `${base}/cp-api`)).statusCode).toBe(204);
    expect((await send("GET", `${base}/cp-api`)).statusCode).toBe(404);
    const log = await auditOf(ctx, "demo", {
      collection: "co-production-projects",
      recordId: "cp-api",
    });
    expect(log.total).toBe(6);
  });

  it("names the field of bad input and of a missing reference", async () => {
    const bad = await send("POST", base, {
      id: "cp-bad",
      title: "Bad",
      partnership: "demo-p-jus-west-london",
      stages: [{ stage: "delivery", start: "2011-03-01", end: "2011-02-01" }],
      proposals: [{ id: "a", title: "A", communityRank: 0 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.problems.map((p: { path: string }) => p.path)
        .sort(),
    ).toEqual(["$.proposals[0].communityRank", "$.stages[0].end"]);
    const missing = await send("POST", base, {
      id: "cp-missing",
      title: "Missing",
      partnership: "demo-p-jus-west-london",
      stages: [{ stage: "evaluation", evidence: ["no-such-evidence"], valueMap: "no-such-map" }],
    });
    expect(missing.statusCode).toBe(409);
    expect(missing.json().error.problems.map((p: { path: string }) => p.path)).toEqual([
      "$.stages[0].evidence[0]",
      "$.stages[0].valueMap",
    ]);
    expect(
      (await send("PUT", `${base}/demo-cp-jus-west-london/stages/launch`, {})).statusCode,
    ).toBe(400);
  });
});
