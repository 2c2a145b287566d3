import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditOf,
  contextOf,
  type ServiceContext,
  workspaceAdd,
  workspaceRemove,
  workspaceUpdate,
} from "../../src/services/index.ts";
import type { Store } from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

// The audit log is append-only for the application itself: on its own connection the database
// refuses UPDATE, DELETE and (PostgreSQL) TRUNCATE of audit_log, and deleting a workspace keeps
// the workspace's entries.

describe.each(STORE_FACTORIES)("the audit log on $name", (factory) => {
  let store: Store;
  let ctx: ServiceContext;
  let workspaceId: number;

  beforeAll(async () => {
    store = await factory.open();
    ctx = contextOf(store, () => new Date("2026-12-03T10:00:00Z"));
    await workspaceAdd(ctx, { slug: "kept", name: "Kept" });
    await workspaceUpdate(ctx, "kept", { name: "Kept, renamed" });
    const row = await store.db
      .selectFrom("workspaces")
      .select("id")
      .where("slug", "=", "kept")
      .executeTakeFirstOrThrow();
    workspaceId = row.id;
  });
  afterAll(() => store.close());

  const rowsOf = (id: number) =>
    store.db
      .selectFrom("audit_log")
      .select(["id", "action", "collection", "record_id", "changes"])
      .where("workspace_id", "=", id)
      .orderBy("id")
      .execute();

  it("holds one entry per write, as the operator", async () => {
    const rows = await rowsOf(workspaceId);
    expect(rows.map((r) => [r.action, r.collection, r.record_id])).toEqual([
      ["create", "workspaces", "kept"],
      ["update", "workspaces", "kept"],
    ]);
    const actors = await store.db.selectFrom("audit_log").select("actor_kind").execute();
    expect(new Set(actors.map((a) => a.actor_kind))).toEqual(new Set(["cli"]));
  });

  const refused = [
    ["UPDATE", sql`update audit_log set action = 'forged'`],
    ["UPDATE of one row", sql`update audit_log set changes = null where collection = 'workspaces'`],
    ["DELETE", sql`delete from audit_log`],
    ["DELETE of one row", sql`delete from audit_log where action = 'update'`],
    // SQLite has no TRUNCATE (its truncate optimisation of DELETE is off when a trigger exists).
    ...(factory.name === "postgres" ? [["TRUNCATE", sql`truncate audit_log`] as const] : []),
  ] as const;

  it.each(refused)(
    "refuses %s on the application's connection and changes nothing",
    async (_what, query) => {
      const before = await rowsOf(workspaceId);
      await expect(query.execute(store.db)).rejects.toThrow(/append-only/);
      expect(await rowsOf(workspaceId)).toEqual(before);
    },
  );

  it("keeps a deleted workspace's entries, and a new workspace of the same name does not inherit them", async () => {
    await workspaceRemove(ctx, "kept");
    const rows = await rowsOf(workspaceId);
    expect(rows.map((r) => r.action)).toEqual(["create", "update", "delete"]);
    expect(JSON.parse(rows[2]!.changes!)).toEqual({
      before: { slug: "kept", name: "Kept, renamed" },
    });
    await workspaceAdd(ctx, { slug: "kept", name: "Kept again" });
    const fresh = await auditOf(ctx, "kept", {});
    expect(fresh.items.map((i) => [i.action, i.changes])).toEqual([
      ["create", { after: { slug: "kept", name: "Kept again" } }],
    ]);
  });
});
