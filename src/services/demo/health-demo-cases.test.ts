import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { demoLoad } from "../demo.ts";
import { assessmentResponsesRaw, assessmentResults } from "../health/index.ts";
import { DEMO_NI_ASSESSMENT, DEMO_WP_ASSESSMENT } from "./health-demo-cases.ts";

let store: Store;
let ctx: ServiceContext;
beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
});
afterAll(async () => {
  await store.close();
});

const [HA01, HA08] = ["demo-ni-ha01", "demo-ni-ha08"];

describe("the demo's procurement group and Work Programme assessments", () => {
  it("shows members without allocations scoring the group lower, in a lower band", async () => {
    const res = await assessmentResults(ctx, "demo", DEMO_NI_ASSESSMENT);
    const w = res.waves[0]!;
    expect(w.respondents).toBe(24);
    const doing = w.dimensions.find((d) => d.id === "doing")!;
    // Each member's four respondents are offset −1, 0, 0, +1 (in a seeded order) per statement,
    // so a member's mean is its typical score: allocated 4, unallocated 2.
    expect(doing.byPartner[HA01]).toMatchObject({ n: 4, mean: 4 });
    expect(doing.byPartner[HA08]).toMatchObject({ n: 4, mean: 2 });
    // (3 × 4 + 3 × 2) / 6 = 3 over everyone; gap 4 − 2 = 2.
    expect(doing.mean).toBeCloseTo(3, 12);
    expect(doing.gap).toBe(2);
    // Totals: allocated 5 × (4+4+4+4+4+3+4) = 135, unallocated 5 × (3+3+2+2+2+2+3) = 85.
    expect(w.total!.byPartner[HA01]).toEqual({ n: 4, mean: 135, band: "Genuinely collaborative" });
    expect(w.total!.byPartner[HA08]).toEqual({
      n: 4,
      mean: 85,
      band: "Heading the right way, more work needed",
    });
    // (135 + 85) / 2 = 110 over all 24.
    expect(w.total!.mean).toBeCloseTo(110, 10);
    // Respondents differ: not every one of HA01's answers on "doing" is 4.
    expect(doing.byPartner[HA01]!.sd).toBeGreaterThan(0);
  });

  it("shows the prime rating TSO4 three levels above TSO4's rating of the prime", async () => {
    const res = await assessmentResults(ctx, "demo", DEMO_WP_ASSESSMENT);
    const w = res.waves[0]!;
    expect(w.respondents).toBe(18);
    // Three respondents per rater offset −1, 0, +1: prime → TSO4 4, TSO4 → prime 1; 4 − 1 = 3.
    expect(w.pairs.find((p) => p.a === "demo-prime-1" && p.b === "demo-tso4")).toEqual({
      a: "demo-prime-1",
      b: "demo-tso4",
      aRatesB: 4,
      bRatesA: 1,
      difference: 3,
    });
    // HA1 (a, by id) rates the prime 1, the prime rates HA1 2: 1 − 2 = −1.
    expect(w.pairs.find((p) => p.a === "demo-ha1" && p.b === "demo-prime-1")!.difference).toBe(-1);
    // Only that pair is 2 or more levels apart, so one pair prompt.
    expect(res.prompts[0]!.items.map((p) => p.kind)).toEqual(["pair"]);
    expect(res.prompts[0]!.items[0]!.text).toContain(
      "Prime Contractor P1 Ltd rates its work with TSO4 at level 4.0, but TSO4 rates it at 1.0",
    );
  });

  it("generates the same answers on every load (seeded) and marks the assessments illustrative", async () => {
    const before = await assessmentResponsesRaw(ctx, "demo", DEMO_NI_ASSESSMENT);
    await demoLoad(ctx);
    const after = await assessmentResponsesRaw(ctx, "demo", DEMO_NI_ASSESSMENT);
    expect(after).toEqual(before);
    const results = await assessmentResults(ctx, "demo", DEMO_WP_ASSESSMENT);
    expect(results.waves[0]!.respondents).toBe(18);
    const names = await store.db.selectFrom("assessments").select("name").execute();
    expect(names.filter((n) => n.name.endsWith("(illustrative)"))).toHaveLength(3);
  });
});
