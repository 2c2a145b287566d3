import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { demoLoad } from "../demo.ts";
import { assessmentResults } from "../health/index.ts";
import { DEMO_ASSESSMENT } from "./health-demo.ts";

let store: Store;
let ctx: ServiceContext;
beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
  await demoLoad(ctx); // a reload replaces the assessment rather than failing on its id
});
afterAll(async () => {
  await store.close();
});

describe("the demo's Association health assessment", () => {
  it("shows the trust gap between the two charities narrowing from 2 to 1", async () => {
    const res = await assessmentResults(ctx, "demo", DEMO_ASSESSMENT);
    const trust = (w: number) => res.waves[w]!.dimensions.find((d) => d.id === "trust")!;
    // 2009: A 4, 5, 3, 4 → 4; B 2, 3, 1, 2 → 2. 2010: B 3, 4, 2, 3 → 3.
    expect(trust(0).byPartner["demo-org-a"]!.mean).toBe(4);
    expect(trust(0).byPartner["demo-org-b"]!.mean).toBe(2);
    expect([trust(0).gap, trust(1).gap]).toEqual([2, 1]);
    // Commitment 4 vs 2 and trust 4 vs 2 tie at 2 (by id), then arrangements 4 vs 3.
    expect(res.waves[0]!.largestGaps.map((g) => g.dimension)).toEqual([
      "commitment",
      "trust",
      "arrangements",
    ]);
    // All eight: 2009 mean (16 + 8) / 8 = 3, 2010 (16 + 12) / 8 = 3.5.
    expect(res.change.find((c) => c.dimension === "trust")!.difference).toBe(0.5);
    expect(res.waves.map((w) => w.respondents)).toEqual([8, 8]);
  });
});
