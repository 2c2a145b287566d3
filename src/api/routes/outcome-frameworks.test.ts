import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoApi, openDemoApi } from "../../../test/factories/demo-api.ts";
import type { Store } from "../../store/index.ts";

let store: Store;
let app: FastifyInstance;
let headers: { authorization: string };
const W = "/api/v1/workspaces/demo";
const base = `${W}/outcome-frameworks`;

let api: DemoApi;
beforeAll(async () => {
  api = await openDemoApi();
  ({ store, app, headers } = api);
});
afterAll(() => api.close());

const get: DemoApi["get"] = (url) => api.get(url);
const send: DemoApi["send"] = (...args) => api.send(...args);
const auditOf = (collection: string) =>
  store.db
    .selectFrom("audit_log")
    .select(["action", "record_id", "changes"])
    .where("collection", "=", collection)
    .orderBy("id")
    .execute();

const framework = {
  id: "test-association",
  title: "Association test outcomes",
  partnership: "demo-p-association",
  involvement: "consult",
  evidence: ["demo-ev-association-users-not-consulted"],
  outcomes: [
    {
      id: "o-users",
      title: "People find the service easier to reach",
      setBy: "users",
      indicators: [
        {
          id: "ease",
          name: "Ease of access",
          unit: "score 1–10",
          baseline: 4,
          target: 8,
          direction: "higher_is_better",
        },
      ],
    },
    {
      id: "o-board",
      title: "Fewer missed appointments",
      setBy: "commissioner",
      indicators: [
        { id: "missed", name: "Missed appointments", unit: "%", direction: "lower_is_better" },
      ],
    },
  ],
};
const F = `${base}/${framework.id}`;

describe("outcome frameworks API", () => {
  it("creates a framework, logs it, and lists it with its gauge (1 of 2 outcomes users' = 0.5)", async () => {
    const created = await send("POST", base, framework);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      id: framework.id,
      partnership: "demo-p-association",
      contract: null,
    });
    const list = (await get(base)).json();
    expect(list.items).toContainEqual(
      expect.objectContaining({
        id: framework.id,
        indicators: 2,
        gauge: { outcomes: 2, byUsers: 1, coProduced: 0, share: 0.5 },
      }),
    );
    expect((await auditOf("outcome-frameworks")).at(-1)).toMatchObject({
      action: "create",
      record_id: framework.id,
    });
  });

  it("refuses a framework with two targets, unknown evidence or a repeated indicator, naming the path", async () => {
    const two = await send("POST", base, {
      ...framework,
      id: "x1",
      contract: "demo-c-jus-west-london",
    });
    expect(two.statusCode).toBe(400);
    expect(two.json().error.problems).toContainEqual(
      expect.objectContaining({
        path: "$.partnership",
        message: expect.stringContaining("exactly one"),
      }),
    );
    const missing = await send("POST", base, { ...framework, id: "x2", evidence: ["nope"] });
    expect(missing.statusCode).toBe(409);
    expect(missing.json().error.problems).toEqual([
      expect.objectContaining({ path: "$.evidence[0]" }),
    ]);
    const repeated = structuredClone(framework);
    repeated.outcomes[1]!.indicators[0]!.id = "ease";
    const dup = await send("POST", base, { ...repeated, id: "x3" });
    expect(dup.json().error.problems).toContainEqual(
      expect.objectContaining({ path: "$.outcomes[1].indicators[0].id" }),
    );
    expect((await get(`${base}/x1`)).statusCode).toBe(404);
  });

  it("adds JSON measures all or nothing: one bad row names its index and field, and nothing is stored", async () => {
    const bad = await send("POST", `${F}/measures`, {
      measures: [
        { indicator: "ease", date: "2026-01-10", value: 4 },
        { indicator: "ease", date: "2026-02-30", value: 5 },
        { indicator: "nope", date: "2026-03-01", value: 5 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems.map((p: { path: string }) => p.path)).toEqual([
      "$.measures[1].date",
      "$.measures[2].indicator",
    ]);
    expect((await get(`${F}/measures.csv`)).body).toBe(
      "indicator,date,value,person,phase,source\r\n",
    );
  });

  it("imports CSV all or nothing, naming the line; then summarises with paired change", async () => {
    const badCsv =
      "indicator,date,value,person,phase\nease,2026-01-10,3,A,before\nease,2026-06-10,lots,A,after\n";
    const bad = await send("POST", `${F}/measures/import`, badCsv, "text/csv");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems).toEqual([
      expect.objectContaining({ path: "line 3, column value" }),
    ]);
    // Pairs: A 3 → 6 (+3), B 4 → 5 (+1), C 5 → 5 (0): mean 4/3, improved 2 of 3.
    const csv = [
      "indicator,date,value,person,phase",
      "ease,2026-01-10,3,A,before",
      "ease,2026-01-10,4,B,before",
      "ease,2026-01-10,5,C,before",
      "ease,2026-06-10,6,A,after",
      "ease,2026-06-10,5,B,after",
      "ease,2026-06-10,5,C,after",
      "missed,2026-06-10,12,,",
    ].join("\n");
    const ok = await send("POST", `${F}/measures/import`, csv, "text/csv");
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ added: 7 });
    const s = (await get(`${F}/summary`)).json();
    expect(s.gauge.share).toBe(0.5);
    const ease = s.indicators.find((i: { indicator: string }) => i.indicator === "ease");
    // Latest mean (6 + 5 + 5) / 3 = 16/3; progress (16/3 − 4) / (8 − 4) = 1/3.
    expect(ease.latest.value).toBeCloseTo(16 / 3, 12);
    expect(ease.progress).toBeCloseTo(1 / 3, 12);
    const paired = s.pairedChange.find((p: { indicator: string }) => p.indicator === "ease");
    // Changes 3, 1, 0: mean 4/3; s² = ((5/3)² + (1/3)² + (4/3)²) / 2 = 7/3; t(0.975, 2) = 4.302653.
    expect(paired).toMatchObject({ pairs: 3, improved: 2 });
    expect(paired.meanChange).toBeCloseTo(4 / 3, 12);
    expect(paired.ci95.high - paired.meanChange).toBeCloseTo(4.302653 * Math.sqrt(7 / 3 / 3), 5);
    const imports = (await auditOf("outcome-measures")).filter((e) => e.action === "import");
    expect(imports).toHaveLength(1);
    expect(JSON.parse(imports[0]!.changes!)).toEqual({ counts: { measures: 7 } });
  });

  it("exports measures as formula-safe CSV", async () => {
    await send("POST", `${F}/measures`, {
      measures: [
        { indicator: "ease", date: "2026-07-01", value: -2, personCode: "=cmd()", phase: "after" },
      ],
    });
    const res = await get(`${F}/measures.csv`);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.body).toContain("ease,2026-07-01,-2,'=cmd(),after,entered\r\n");
  });

  it("gives the workspace's voice of users per partnership", async () => {
    const res = (await get(`${W}/voice-of-users`)).json();
    expect(res.partnerships).toContainEqual(
      expect.objectContaining({ partnership: "demo-p-association", outcomes: expect.any(Number) }),
    );
    expect(res.total.outcomes).toBeGreaterThanOrEqual(2);
  });

  it("replaces and deletes a framework, with audit entries", async () => {
    const changed = await send("PUT", F, { ...framework, involvement: "collaborate" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().involvement).toBe("collaborate");
    const del = await app.inject({ method: "DELETE", url: F, headers });
    expect(del.statusCode).toBe(204);
    expect((await get(F)).statusCode).toBe(404);
    const actions = (await auditOf("outcome-frameworks")).filter(
      (e) => e.record_id === framework.id,
    );
    expect(actions.map((e) => e.action)).toEqual(["create", "update", "delete"]);
    expect(JSON.parse(actions[1]!.changes!)).toEqual({
      before: { involvement: "consult" },
      after: { involvement: "collaborate" },
    });
  });
});
