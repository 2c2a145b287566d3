import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../store/index.ts";
import { contextOf, type ServiceContext } from "./context.ts";
import { demoLoad } from "./demo.ts";
import { workspaceRemove, workspacesList } from "./workspaces.ts";

let store: Store;
let ctx: ServiceContext;
beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
});
afterAll(() => store.close());

async function rowsIn(table: "appraisals" | "appraisal_versions" | "pbr_models" | "organisations") {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("deleting a workspace", () => {
  it("removes everything in it: landscape, appraisals with their versions, supply-chain models", async () => {
    expect(await rowsIn("appraisals")).toBeGreaterThan(0);
    expect(await rowsIn("pbr_models")).toBeGreaterThan(0);
    await workspaceRemove(ctx, "demo");
    expect(await workspacesList(ctx)).toEqual([]);
    for (const table of [
      "appraisals",
      "appraisal_versions",
      "pbr_models",
      "organisations",
    ] as const)
      expect(await rowsIn(table), table).toBe(0);
  });
});
