import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_COPRODUCTION_PROJECT,
  DEMO_NAVIGATOR_MAP,
} from "../../src/services/coproduction/coproduction-demo.ts";
import {
  coproductionProposalsSet,
  coproductionStageSet,
} from "../../src/services/coproduction/coproduction-edits.ts";
import {
  coproductionProjectCreate,
  coproductionProjectDetail,
  coproductionProjectRemove,
} from "../../src/services/coproduction/coproduction-projects.ts";
import {
  auditOf,
  contextOf,
  demoLoad,
  type ServiceContext,
  workspaceRequire,
} from "../../src/services/index.ts";
import { valueMapRemove, valueMapResults } from "../../src/services/value-maps/value-maps.ts";
import { COPRODUCTION_STAGES } from "../../src/shared/coproduction.ts";
import { type Store, workspaceDelete } from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

// The demo's co-production project and the service's writes on each dialect: all seven stages, the
// evaluation's value map giving the paper's ratios, a replacing demo reload, links checked by the
// database and the service, audit rows, and a value map in use kept.
describe.each(STORE_FACTORIES)("co-production projects on $name", (factory) => {
  let store: Store;
  let ctx: ServiceContext;
  beforeAll(async () => {
    store = await factory.open();
    ctx = contextOf(store, () => new Date("2026-12-06T09:00:00Z"));
    await demoLoad(ctx);
  });
  afterAll(() => store.close());

  it("gives the Joined-up Services case a project through all seven stages", async () => {
    const p = await coproductionProjectDetail(ctx, "demo", DEMO_COPRODUCTION_PROJECT);
    expect(p.partnership).toBe("demo-p-jus-west-london");
    expect(p.stages.map((s) => s.stage)).toEqual([...COPRODUCTION_STAGES]);
    // The demo file's costs: 9,500 + 24,000 + 23,000 + 38,000 + 19,000 + 22,000 + 14,000.
    expect(p.analysis.comparison.cost).toBe(149_500);
    // 1 May 2009 – 31 Oct 2010: 365 days to 1 May 2010, then May to October (184): 549 days.
    expect(p.analysis.timeline.days).toBe(549);
    expect(p.analysis.comparison.months).toBeCloseTo(549 / 30.4375, 12);
    // Ranks community 1,3,2,5,4,6 / steering 2,1,4,3,5,6: Σd² = 1+4+4+4+1+0 = 14,
    // rho = 1 − 6·14 / (6·35) = 0.6; 4 of the 15 pairs discordant: tau = (11 − 4) / 15.
    expect(p.analysis.ranking.spearman).toBeCloseTo(0.6, 12);
    expect(p.analysis.ranking.kendall).toBeCloseTo(7 / 15, 12);
    expect(p.valueMap).toEqual({
      id: DEMO_NAVIGATOR_MAP,
      title: expect.stringMatching(/reconstruction with illustrative inputs/),
    });
  });

  it("evaluates the evaluation's value map to 4.44 (government) and 3.87 (society)", async () => {
    const p = await coproductionProjectDetail(ctx, "demo", DEMO_COPRODUCTION_PROJECT);
    const result = await valueMapResults(ctx, "demo", p.valueMap!.id, { iterations: 0 });
    const ratios = Object.fromEntries(result.perspectives.map((x) => [x.id, x.ratio?.toFixed(2)]));
    expect(ratios).toEqual({ government: "4.44", society: "3.87" });
  });

  it("survives a replacing reload of the demo (the partnership link is restored)", async () => {
    await demoLoad(ctx);
    const p = await coproductionProjectDetail(ctx, "demo", DEMO_COPRODUCTION_PROJECT);
    expect(p.partnership).toBe("demo-p-jus-west-london");
    expect(p.stages).toHaveLength(7);
  });

  it("checks links, names paths, edits a stage and the proposals, and logs each write", async () => {
    const input = {
      id: "cp-test",
      title: "A test project",
      partnership: "demo-p-jus-west-london",
      stages: [{ stage: "co_design", start: "2011-01-01", end: "2011-01-31" }],
    };
    await expect(
      coproductionProjectCreate(ctx, "demo", { ...input, partnership: "nowhere" }),
    ).rejects.toMatchObject({ code: "conflict", problems: [{ path: "$.partnership" }] });
    await expect(
      coproductionProjectCreate(ctx, "demo", {
        ...input,
        stages: [{ stage: "delivery", valueMap: DEMO_NAVIGATOR_MAP }],
      }),
    ).rejects.toMatchObject({
      code: "invalid",
      problems: [
        {
          path: "$.stages[0].valueMap",
          message: expect.stringMatching(/^only the evaluation stage holds a value map/),
        },
      ],
    });
    await coproductionProjectCreate(ctx, "demo", input);
    const staged = await coproductionStageSet(ctx, "demo", "cp-test", "steering_group", {
      start: "2010-12-01",
      end: "2010-12-31",
      costs: [{ description: "Meetings", amount: 1200 }],
    });
    expect(staged.stages.map((s) => s.stage)).toEqual(["steering_group", "co_design"]);
    // 1 Dec 2010 – 31 Jan 2011: 31 + 31 = 62 days.
    expect(staged.analysis.timeline.days).toBe(62);
    const ranked = await coproductionProposalsSet(ctx, "demo", "cp-test", {
      proposals: [
        { id: "a", title: "A", communityRank: 1, steeringRank: 2 },
        { id: "b", title: "B", communityRank: 2, steeringRank: 1 },
      ],
    });
    expect(ranked.analysis.ranking.spearman).toBeCloseTo(-1, 12);
    await coproductionProjectRemove(ctx, "demo", "cp-test");
    const ws = await workspaceRequire(ctx, "demo");
    const log = await auditOf(ctx, "demo", { collection: "co-production-projects", limit: 10 });
    expect(log.items.map((e) => e.action).sort()).toEqual(["create", "delete", "update", "update"]);
    expect(JSON.stringify(log.items)).not.toContain("Meetings");
    expect(ws.id).toBeGreaterThan(0);
  });

  it("keeps a value map a project's evaluation holds, and deletes projects with the workspace", async () => {
    await expect(valueMapRemove(ctx, "demo", DEMO_NAVIGATOR_MAP)).rejects.toThrow(
      /evaluation of co-production project 'demo-cp-jus-west-london'/,
    );
    const ws = await workspaceRequire(ctx, "demo");
    await workspaceDelete(store.db, ws.id);
    const left = await store.db.selectFrom("coproduction_projects").selectAll().execute();
    expect(left).toEqual([]);
  });
});
