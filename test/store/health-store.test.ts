import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIX_PRINCIPLES } from "../../src/engine/health/instruments/six-principles.ts";
import {
  assessmentCreate,
  assessmentRemove,
  assessmentResponseAdd,
  assessmentResults,
  instrumentCopyCreate,
  instrumentVersionAdd,
  waveOpen,
} from "../../src/services/health/index.ts";
import {
  contextOf,
  demoLoad,
  entityDelete,
  type ServiceContext,
} from "../../src/services/index.ts";
import type { Store } from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

const all = (v: number) =>
  Object.fromEntries(SIX_PRINCIPLES.items.map((i) => [i.id, i.reverse ? 6 - v : v]));

describe.each(STORE_FACTORIES)("partnership health on $name", (factory) => {
  let store: Store;
  let ctx: ServiceContext;
  beforeAll(async () => {
    store = await factory.open();
    ctx = contextOf(store);
    await demoLoad(ctx);
    await assessmentCreate(ctx, "demo", {
      id: "h1",
      name: "Health",
      partnership: "demo-p-association",
      partners: ["demo-org-a", "demo-org-b"],
      instrument: { id: "six-principles", version: 1 },
      // Groups of one shown: these cases test the scoring, not the three-respondent rule.
      minGroupSize: 1,
    });
    await waveOpen(ctx, "demo", "h1", { id: "w1", date: "2026-01-01" });
    for (const [organisation, v] of [
      ["demo-org-a", 4],
      ["demo-org-a", 5],
      ["demo-org-b", 2],
    ] as const)
      await assessmentResponseAdd(ctx, "demo", "h1", { organisation, wave: "w1", answers: all(v) });
  });
  afterAll(async () => {
    await store?.close();
  });

  it("stores responses and scores them: need for A (4 + 5) / 2 = 4.5, B 2", async () => {
    const res = await assessmentResults(ctx, "demo", "h1");
    const need = res.waves[0]!.dimensions[0]!;
    expect(need.byPartner["demo-org-a"]).toMatchObject({ n: 2, mean: 4.5 });
    expect(need.byPartner["demo-org-b"]).toMatchObject({ n: 1, mean: 2 });
    expect(need.mean).toBeCloseTo(11 / 3, 12);
  });

  it("refuses, in the database itself, an answer from an organisation that is not a partner", async () => {
    const ws = await store.db
      .selectFrom("workspaces")
      .select("id")
      .where("slug", "=", "demo")
      .executeTakeFirstOrThrow();
    await expect(
      store.db
        .insertInto("assessment_responses")
        .values({
          workspace_id: ws.id,
          id: "x",
          assessment_id: "h1",
          wave_id: "w1",
          organisation_id: "demo-ha1",
          answers: "{}",
          ratings: null,
          created_at: "2026-01-01T00:00:00Z",
        })
        .execute(),
    ).rejects.toThrow();
  });

  it("refuses to delete a partnership that is being assessed", async () => {
    await expect(
      entityDelete(ctx, "demo", "partnerships", "demo-p-association"),
    ).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("keeps every version of an edited instrument", async () => {
    const copy = await instrumentCopyCreate(ctx, "demo", { from: "six-principles", id: "mine" });
    await instrumentVersionAdd(ctx, "demo", "mine", { ...copy, name: "Mine, edited" });
    const rows = await store.db
      .selectFrom("instruments")
      .select(["id", "version", "name"])
      .orderBy("version")
      .execute();
    expect(rows).toEqual([
      { id: "mine", version: 1, name: "Six-principle partnership assessment (copy)" },
      { id: "mine", version: 2, name: "Mine, edited" },
    ]);
  });

  it("takes pairwise ratings: A rates B 4, B rates A 2, difference 2; refuses a rating of oneself", async () => {
    await assessmentCreate(ctx, "demo", {
      id: "lc",
      name: "Levels",
      partnership: "demo-p-association",
      partners: ["demo-org-a", "demo-org-b"],
      instrument: { id: "levels-of-collaboration", version: 1 },
      // Groups of one shown: these cases test the scoring, not the three-respondent rule.
      minGroupSize: 1,
    });
    await waveOpen(ctx, "demo", "lc", { id: "w1", date: "2026-01-01" });
    const rate = (organisation: string, ratings: Record<string, number>) =>
      assessmentResponseAdd(ctx, "demo", "lc", { organisation, wave: "w1", ratings });
    await rate("demo-org-a", { "demo-org-b": 4 });
    await rate("demo-org-b", { "demo-org-a": 2 });
    await expect(rate("demo-org-b", { "demo-org-b": 5 })).rejects.toMatchObject({
      problems: [
        {
          path: "$.ratings.demo-org-b",
          message: 'the respondent for "demo-org-b": a partner cannot rate itself',
        },
      ],
    });
    const res = await assessmentResults(ctx, "demo", "lc");
    expect(res.waves[0]!.pairs).toEqual([
      { a: "demo-org-a", b: "demo-org-b", aRatesB: 4, bRatesA: 2, difference: 2 },
    ]);
    await assessmentRemove(ctx, "demo", "lc");
  });

  it("keeps an assessment and its answers through a replacing import, without its partnership", async () => {
    await demoLoad(ctx);
    const res = await assessmentResults(ctx, "demo", "h1");
    expect(res.waves[0]!.respondents).toBe(3);
    const row = await store.db
      .selectFrom("assessments")
      .select("partnership_id")
      .executeTakeFirstOrThrow();
    expect(row.partnership_id).toBeNull();
  });

  it("deletes an assessment with its partners, waves and responses", async () => {
    await assessmentRemove(ctx, "demo", "h1");
    for (const table of [
      "assessment_partners",
      "assessment_waves",
      "assessment_responses",
    ] as const) {
      // Only h1's rows: the demo's own assessment stays.
      const left = await store.db
        .selectFrom(table)
        .select("workspace_id")
        .where("assessment_id", "=", "h1")
        .execute();
      expect(left, table).toEqual([]);
    }
  });
});
