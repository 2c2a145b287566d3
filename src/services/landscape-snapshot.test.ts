import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../store/index.ts";
import { contextOf, demoLoad, workspaceRequire } from "./index.ts";
import { LANDSCAPE_CACHE, landscapeCacheSize, landscapeMemo } from "./landscape-snapshot.ts";

const saved = { ...LANDSCAPE_CACHE };
afterEach(() => Object.assign(LANDSCAPE_CACHE, saved));

describe("the landscape's result cache", () => {
  it("stays within its size budget however many distinct results are asked for", async () => {
    const store = await openStore({ databaseUrl: ":memory:" });
    const ctx = contextOf(store);
    await demoLoad(ctx);
    const ws = await workspaceRequire(ctx, "demo");
    LANDSCAPE_CACHE.maxBytes = 100_000;
    // Each result is a 10,000-character string: 20,000 bytes as counted (2 a character).
    const big = "x".repeat(9_998);
    for (let i = 0; i < 50; i++) await landscapeMemo(ctx, "demo", `date-${i}`, () => big);
    const size = landscapeCacheSize(ctx, ws.id);
    expect(size.bytes).toBeLessThanOrEqual(100_000);
    expect(size.results).toBe(5); // 5 × 20,000 bytes fill the 100,000 budget exactly
    // The most recent are kept: asking again for the last computes nothing.
    let computed = 0;
    await landscapeMemo(ctx, "demo", "date-49", () => {
      computed += 1;
      return big;
    });
    expect(computed).toBe(0);
    await landscapeMemo(ctx, "demo", "date-0", () => {
      computed += 1;
      return big;
    });
    expect(computed).toBe(1);
    // A result larger than a quarter of the budget is answered but not kept.
    await landscapeMemo(ctx, "demo", "huge", () => "y".repeat(20_000));
    expect(landscapeCacheSize(ctx, ws.id).results).toBe(5);
    await store.close();
  });
});
