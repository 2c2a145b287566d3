import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { demoLoad } from "../demo.ts";
import {
  outcomeFrameworkDetail,
  outcomeFrameworksList,
  voiceOfUsers,
} from "./outcome-frameworks.ts";
import { outcomeFrameworkSummary } from "./outcome-measures.ts";

let store: Store;
let ctx: ServiceContext;

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
});
afterAll(() => store.close());

describe("demo outcome frameworks", () => {
  it("gives Joined-up Services outcomes set by users (2), co-produced (1) and by the steering group (2): 3 of 5", async () => {
    const f = await outcomeFrameworkDetail(ctx, "demo", "demo-of-jus-navigators");
    expect(f.partnership).toBe("demo-p-jus-west-london");
    expect(f.involvement).toBe("collaborate");
    expect(f.title).toContain("illustrative");
    const { items } = await outcomeFrameworksList(ctx, "demo");
    const gauges = Object.fromEntries(items.map((i) => [i.id, i.gauge.share]));
    // The Association's users were not consulted: 0 of 2; the merger's tenants' panel set 1 of 2.
    expect(gauges).toEqual({
      "demo-of-association": 0,
      "demo-of-ha1-merger": 0.5,
      "demo-of-jus-navigators": 0.6,
    });
  });

  it("pools the workspace's gauge: (3 + 0 + 1) of (5 + 2 + 2) outcomes = 4/9", async () => {
    const voice = await voiceOfUsers(ctx, "demo");
    expect(voice.total).toMatchObject({ frameworks: 3, outcomes: 9, byUsers: 3, coProduced: 1 });
    expect(voice.total.share).toBeCloseTo(4 / 9, 12);
    expect(voice.partnerships.at(-1)).toMatchObject({
      name: "Joined-up Services, West London",
      share: 0.6,
    });
    expect(voice.partnerships.map((p) => p.partnership)).toEqual([
      "demo-p-association",
      "demo-p-ha1-merger",
      "demo-p-jus-west-london",
    ]);
  });

  it("summarises the navigator clients' wellbeing as a paired change, by hand", async () => {
    const s = await outcomeFrameworkSummary(ctx, "demo", "demo-of-jus-navigators");
    const p = s.pairedChange.find((c) => c.indicator === "jus-wemwbs")!;
    // Changes 4 5 5 1 0 5 3 −1 5 4 4 4: sum 39, mean 3.25; squared deviations sum 48.25, s² = 48.25/11;
    // se = √(4.386364/12) = 0.604591; t(0.975, 11) = 2.200985; half-width 1.330696.
    expect(p).toMatchObject({ pairs: 12, unpaired: 0, meanChange: 3.25, improved: 10 });
    expect(p.ci95!.low).toBeCloseTo(3.25 - 1.330696, 5);
    expect(p.ci95!.high).toBeCloseTo(3.25 + 1.330696, 5);
    const ae = s.indicators.find((i) => i.indicator === "jus-ae-attendances")!;
    // Latest 86 against baseline 120 and target 80: (86 − 120) / (80 − 120) = 0.85.
    expect(ae.latest).toEqual({ date: "2010-12-31", value: 86 });
    expect(ae.progress).toBeCloseTo(0.85, 12);
  });

  it("reloads the demo without duplicating frameworks or measures", async () => {
    await demoLoad(ctx);
    const { items } = await outcomeFrameworksList(ctx, "demo");
    expect(items).toHaveLength(3);
    const s = await outcomeFrameworkSummary(ctx, "demo", "demo-of-jus-navigators");
    expect(s.pairedChange.find((c) => c.indicator === "jus-wemwbs")!.pairs).toBe(12);
    expect(s.indicators.find((i) => i.indicator === "jus-confidence")!.series).toHaveLength(4);
  });
});
