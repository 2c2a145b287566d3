import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditOf,
  contextOf,
  type ServiceContext,
  workspaceAdd,
  workspaceRequire,
} from "../../src/services/index.ts";
import type { Actor } from "../../src/services/people/actor.ts";
import { recordCreator } from "../../src/services/people/actor.ts";
import {
  valueMapCreate,
  valueMapRemove,
  valueMapResults,
  valueMapUpdate,
} from "../../src/services/value-maps/value-maps.ts";
import { type Store, workspaceDelete } from "../../src/store/index.ts";
import { valueMapGet } from "../../src/store/repositories/value-maps.ts";
import { STORE_FACTORIES } from "./dialects.ts";

const example = JSON.parse(
  readFileSync(
    new URL("../../examples/value-maps/community-navigator.json", import.meta.url),
    "utf8",
  ),
);
const user = (id: string): Actor => ({ kind: "user", userId: id, email: null, sessionHash: "h" });

// Stored value maps on each dialect: the document round trip, the creator kept by a replace (what
// an analyst's ownership rests on), audit entries only for writes that happened, and cascade.
describe.each(STORE_FACTORIES)("value maps on $name", (factory) => {
  let store: Store;
  let actor: Actor = user("alice");
  let ctx: ServiceContext;
  let wsId: number;
  beforeAll(async () => {
    store = await factory.open();
    ctx = contextOf(
      store,
      () => new Date("2026-12-06T03:00:00Z"),
      () => actor,
    );
    await workspaceAdd(ctx, { slug: "vm", name: "Value maps" });
    wsId = (await workspaceRequire(ctx, "vm")).id;
  });
  afterAll(() => store.close());

  it("stores the document whole, keeps its creator on replace and logs each write once", async () => {
    await valueMapCreate(ctx, "vm", { id: "nav", document: example });
    // A second create of the same id fails inside the transaction: no second audit entry.
    await expect(valueMapCreate(ctx, "vm", { id: "nav", document: example })).rejects.toThrow(
      /already exists/,
    );
    actor = user("bob");
    await valueMapUpdate(ctx, "vm", "nav", {
      document: { ...example, title: "Renamed (illustrative)" },
    });
    const stored = await valueMapGet(store.db, wsId, "nav");
    expect(stored!.title).toBe("Renamed (illustrative)");
    expect((stored!.document as { outcomes: unknown[] }).outcomes).toHaveLength(5);
    expect(await recordCreator(ctx, wsId, "value_maps", "nav")).toBe("alice");
    const results = await valueMapResults(ctx, "vm", "nav", { iterations: 0 });
    expect(results.perspectives.map((p) => p.ratio?.toFixed(2))).toEqual(["4.44", "3.87"]);
    const audit = await auditOf(ctx, "vm", { collection: "value-maps" });
    expect(audit.items.map((a) => [a.action, a.actor.id])).toEqual([
      ["update", "bob"],
      ["create", "alice"],
    ]);
  });

  it("refuses to delete what is not there, and goes with its workspace", async () => {
    await expect(valueMapRemove(ctx, "vm", "missing")).rejects.toThrow(/no value map 'missing'/);
    await workspaceDelete(store.db, wsId);
    expect(await valueMapGet(store.db, wsId, "nav")).toBeNull();
  });
});
