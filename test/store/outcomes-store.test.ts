import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  outcomeFrameworkDelete,
  outcomeFrameworkGet,
  outcomeFrameworkPut,
  outcomeMeasurePairs,
  outcomeMeasureSeries,
  outcomeMeasuresAdd,
  outcomeMeasuresCount,
  outcomeMeasuresOf,
  partnershipDelete,
  partnershipsUpsert,
  pbrModelPut,
  type Store,
  workspaceClear,
  workspaceCreate,
  workspaceDelete,
} from "../../src/store/index.ts";
import { buildPartnership } from "../factories/entities.ts";
import { STORE_FACTORIES } from "./dialects.ts";

// Outcome frameworks and their measures on each dialect: chunked bulk insert, ordered reads,
// the partnership link's foreign key, detachment by a replacing import and cascade on delete.
describe.each(STORE_FACTORIES)("outcome frameworks on $name", (factory) => {
  let store: Store;
  let ws: number;
  const record = {
    id: "f1",
    title: "Outcomes",
    partnership: "p-consortium",
    contract: null,
    supplyChain: null,
    document: { involvement: "consult", evidence: [], outcomes: [] },
    createdAt: "2026-12-06T00:00:00Z",
    updatedAt: "2026-12-06T00:00:00Z",
    createdBy: null,
  };
  beforeAll(async () => {
    store = await factory.open();
    ws = (await workspaceCreate(store.db, { slug: "oc", name: "Oc" }, "2026-12-06T00:00:00Z")).id;
    await partnershipsUpsert(store.db, store.adapter, ws, [buildPartnership()]);
    await outcomeFrameworkPut(store.db, ws, record);
  });
  afterAll(() => store.close());

  it("stores 1,201 measures across insert chunks and reads them by indicator and date", async () => {
    const measures = Array.from({ length: 1201 }, (_, i) => ({
      indicator: i % 2 ? "b" : "a",
      date: `2026-01-${String((i % 28) + 1).padStart(2, "0")}`,
      value: i / 4,
      personCode: i % 3 ? `P${i}` : null,
      phase: i % 3 ? ("before" as const) : null,
      source: "imported",
    }));
    await outcomeMeasuresAdd(store.db, ws, "f1", measures, "2026-12-06T00:00:00Z");
    expect(await outcomeMeasuresCount(store.db, ws, "f1")).toBe(1201);
    const read = await outcomeMeasuresOf(store.db, ws, "f1");
    expect(read[0]).toEqual({
      indicator: "a",
      date: "2026-01-01",
      value: 0,
      personCode: null,
      phase: null,
      source: "imported",
    });
    expect(read.filter((m) => m.indicator === "a")).toHaveLength(601);
    expect(read.at(-1)!.value).toBeTypeOf("number");
    // Grouped by indicator and date: 'a' (even i) falls on the 14 odd days, 'b' on the 14 even
    // days: 28 groups; 'a' on day 1 holds i = 0, 28, …, 1176 (1176 / 28 + 1 = 43 measures).
    const series = await outcomeMeasureSeries(store.db, ws, "f1");
    expect(series).toHaveLength(28);
    expect(series.reduce((n, p) => n + p.count, 0)).toBe(1201);
    const day1 = series.find((p) => p.indicator === "a" && p.date === "2026-01-01")!;
    // Mean of i / 4 for i = 0, 28, …, 1176: (0 + 1176) / 2 / 4 = 147.
    expect(day1).toEqual({ indicator: "a", date: "2026-01-01", value: 147, count: 43 });
    // Pairs: every i not divisible by 3 has a person and a phase: 1201 − 401 = 800.
    expect(await outcomeMeasurePairs(store.db, ws, "f1")).toHaveLength(800);
  });

  it("refuses to delete a partnership that has a framework", async () => {
    await expect(partnershipDelete(store.db, ws, "p-consortium")).rejects.toThrow();
    expect(
      store.adapter.constraintOf(
        await partnershipDelete(store.db, ws, "p-consortium").catch((e) => e),
      ),
    ).toBe("foreign_key");
  });

  it("is detached, not lost, by a replacing import; deleting it takes its measures", async () => {
    await workspaceClear(store.db, ws);
    expect(await outcomeFrameworkGet(store.db, ws, "f1")).toMatchObject({
      id: "f1",
      partnership: null,
    });
    expect(await outcomeMeasuresCount(store.db, ws, "f1")).toBe(1201);
    expect(await outcomeFrameworkDelete(store.db, ws, "f1")).toBe(true);
    expect(await outcomeMeasuresCount(store.db, ws, "f1")).toBe(0);
  });

  it("goes with its workspace, even when attached to a supply chain of the same workspace", async () => {
    const at = "2026-12-06T00:00:00Z";
    const other = (await workspaceCreate(store.db, { slug: "oc2", name: "Oc2" }, at)).id;
    await pbrModelPut(store.db, other, {
      ...{ id: "sc", name: "Chain", partnership: null, contract: null, document: {} },
      ...{ createdAt: at, updatedAt: at },
    });
    await outcomeFrameworkPut(store.db, other, { ...record, partnership: null, supplyChain: "sc" });
    await outcomeMeasuresAdd(store.db, other, "f1", [], at);
    await workspaceDelete(store.db, other);
    expect(await outcomeFrameworkGet(store.db, other, "f1")).toBeNull();
  });
});
