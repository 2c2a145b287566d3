import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pairedChange } from "../../src/engine/outcomes/index.ts";
import {
  contextOf,
  outcomeFrameworkCreate,
  outcomeFrameworkSummary,
  outcomeMeasuresAddJson,
  type ServiceContext,
  workspaceAdd,
} from "../../src/services/index.ts";
import { partnershipsUpsert, type Store, workspaceBySlug } from "../../src/store/index.ts";
import { outcomeMeasurePairs } from "../../src/store/repositories/outcome-frameworks.ts";
import { buildPartnership } from "../factories/entities.ts";
import { STORE_FACTORIES } from "./dialects.ts";
import { TEST_FRAMEWORK } from "./forms-fixture.ts";

// The measures summary pairs each person's before and after in the database (a row a person);
// its paired change must equal the engine's reading of every measure, including people measured
// twice before (the earliest counts), twice after on one date (the last entered counts), people
// with one side only, and measures with no person. Expected figures worked by hand below.
const FRAMEWORK = {
  ...TEST_FRAMEWORK,
  outcomes: [
    {
      id: "o-wellbeing",
      title: "Wellbeing",
      setBy: "users",
      indicators: [
        { id: "wellbeing", name: "Wellbeing", unit: "score", direction: "higher_is_better" },
        { id: "visits", name: "A&E visits", unit: "visits", direction: "lower_is_better" },
      ],
    },
  ],
};
const m = (indicator: string, date: string, value: number, personCode?: string, phase?: string) =>
  personCode ? { indicator, date, value, personCode, phase } : { indicator, date, value };
// Entry order matters: it breaks ties of one date, and orders people by their first measure.
const MEASURES = [
  m("wellbeing", "2026-01-01", 10, "P1", "before"),
  m("wellbeing", "2026-02-01", 12, "P2", "before"),
  m("wellbeing", "2026-01-15", 8, "P2", "before"),
  m("wellbeing", "2026-01-01", 10, "P3", "before"),
  m("wellbeing", "2026-06-01", 14, "P1", "after"),
  m("wellbeing", "2026-06-01", 9, "P2", "after"),
  m("wellbeing", "2026-06-01", 7, "P3", "after"),
  m("wellbeing", "2026-06-01", 11, "P3", "after"),
  m("wellbeing", "2026-01-01", 5, "P4", "before"),
  m("wellbeing", "2026-06-01", 6, "P5", "after"),
  m("wellbeing", "2026-03-01", 50),
  m("visits", "2026-01-01", 5, "P1", "before"),
  m("visits", "2026-01-01", 2, "P2", "before"),
  m("visits", "2026-06-01", 3, "P1", "after"),
  m("visits", "2026-06-01", 2, "P2", "after"),
];

describe.each(STORE_FACTORIES)("measures summary's paired change on $name", (factory) => {
  let store: Store;
  let ctx: ServiceContext;

  beforeAll(async () => {
    store = await factory.open();
    ctx = contextOf(store, () => new Date("2026-12-06T12:00:00.000Z"));
    await workspaceAdd(ctx, { slug: "alpha", name: "Alpha" });
    const ws = (await workspaceBySlug(store.db, "alpha"))!;
    await partnershipsUpsert(store.db, store.adapter, ws.id, [buildPartnership()]);
    await outcomeFrameworkCreate(ctx, "alpha", FRAMEWORK);
    await outcomeMeasuresAddJson(ctx, "alpha", "fw", { measures: MEASURES });
  });
  afterAll(async () => {
    await store?.close();
  });

  it("equals the engine's paired change over every measure, and the hand-worked figures", async () => {
    const summary = await outcomeFrameworkSummary(ctx, "alpha", "fw");
    const ws = (await workspaceBySlug(store.db, "alpha"))!;
    const every = await outcomeMeasurePairs(store.db, ws.id, "fw");
    const indicators = FRAMEWORK.outcomes[0]!.indicators;
    expect(summary.pairedChange).toEqual(
      indicators.map((i) => pairedChange(i as Parameters<typeof pairedChange>[0], every)),
    );
    // Wellbeing: P1 10 → 14 (+4), P2 8 (earliest before) → 9 (+1), P3 10 → 11 (the later
    // entered of two afters on 6 June: +1); P4 and P5 unpaired. Mean 2, sample variance
    // (4 + 1 + 1) / 2 = 3, standard error √(3/3) = 1, t(0.975, 2) = 4.302653.
    const [wellbeing, visits] = summary.pairedChange;
    expect(wellbeing).toMatchObject({ pairs: 3, unpaired: 2, meanChange: 2, improved: 3 });
    expect(wellbeing!.ci95!.low).toBeCloseTo(2 - 4.302653, 5);
    expect(wellbeing!.ci95!.high).toBeCloseTo(2 + 4.302653, 5);
    // Visits (lower is better): P1 5 → 3 (−2, improved), P2 2 → 2 (0, not improved).
    expect(visits).toMatchObject({ pairs: 2, unpaired: 0, meanChange: -1, improved: 1 });
    expect(visits!.improvedShare).toBe(0.5);
  });
});
