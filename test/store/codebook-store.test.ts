import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as store from "../../src/store/index.ts";
import { down, up } from "../../src/store/migrations/2026-12-06T0800-codebook.ts";
import { buildEvidence } from "../factories/entities.ts";
import { STORE_FACTORIES } from "./dialects.ts";

// The codebook, codings and the themes → codes data migration, on SQLite and PostgreSQL.

const page = (filters: Record<string, string>, q?: string) => ({
  limit: 50,
  offset: 0,
  filters,
  q,
});

describe.each(STORE_FACTORIES)("codebook and codings on $name", (factory) => {
  let s: store.Store;
  let ws: store.WorkspaceRecord;

  beforeAll(async () => {
    s = await factory.open();
    ws = await store.workspaceCreate(s.db, { slug: "c", name: "C" }, "2026-12-06T00:00:00Z");
  });
  afterAll(() => s.close());

  it("gives a new workspace the default codebook", async () => {
    const codes = await store.codebookAll(s.db, ws.id);
    // 10 theme codes (root + 9), 12 driver codes (root, 2 branches, 4 + 5), 12 barrier codes.
    expect(codes).toHaveLength(34);
    expect(codes.find((c) => c.id === "barrier-vat-tax")?.parent).toBe("barriers");
    expect(codes.find((c) => c.id === "driver-policy")?.parent).toBe("drivers-top-down");
  });

  it("stores codes and themes as codings and reads themes back in their order", async () => {
    const item = {
      ...buildEvidence({ id: "e1", themes: ["culture", "complexity"] }),
      codes: ["barrier-trust"],
    };
    await store.evidenceUpsert(s.db, s.adapter, ws.id, [item]);
    const back = await store.evidenceGet(s.db, ws.id, "e1");
    expect(back?.codes).toEqual(["barrier-trust", "complexity", "culture"]);
    expect(back?.themes).toEqual(["culture", "complexity"]);
  });

  it("keeps an item's codings when an exchange record (themes only) rewrites it", async () => {
    await store.evidenceUpsert(s.db, s.adapter, ws.id, [
      buildEvidence({ id: "e1", themes: ["lifecycle"] }),
    ]);
    const back = await store.evidenceGet(s.db, ws.id, "e1");
    expect(back?.codes).toEqual(["barrier-trust", "complexity", "culture", "lifecycle"]);
  });

  it("filters by a code and every code under it, and searches text and source", async () => {
    const other = {
      ...buildEvidence({ id: "e2", themes: [], source: "Board minutes, March" }),
      codes: ["driver-policy"],
    };
    await store.evidenceUpsert(s.db, s.adapter, ws.id, [other]);
    const ids = async (filters: Record<string, string>, q?: string) =>
      (await store.evidenceList(s.db, ws.id, page(filters, q))).items.map((e) => e.id);
    expect(await ids({ code: "barriers" })).toEqual(["e1"]);
    expect(await ids({ code: "drivers" })).toEqual(["e2"]);
    expect(await ids({ code: "drivers-bottom-up" })).toEqual([]);
    expect(await ids({ theme: "culture" })).toEqual(["e1"]);
    expect(await ids({}, "board MINUTES")).toEqual(["e2"]);
  });

  it("refuses to delete a code in use (foreign key) and counts its uses", async () => {
    await expect(store.codeDelete(s.db, ws.id, "barrier-trust")).rejects.toSatisfy(
      (e) => s.adapter.constraintOf(e) === "foreign_key",
    );
    const uses = await store.codeUses(s.db, ws.id);
    expect(uses.get("barrier-trust")).toBe(1);
    expect(uses.get("driver-policy")).toBe(1);
    expect(uses.get("barrier-capacity")).toBeUndefined();
  });

  it("removes an item's codings with the item", async () => {
    await store.evidenceDelete(s.db, ws.id, "e2");
    expect((await store.codeUses(s.db, ws.id)).get("driver-policy")).toBeUndefined();
  });

  it("turns the themes of items stored before the migration into codings", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the tables before the migration have no type of their own
    const db = s.db as unknown as Kysely<any>;
    await down(db);
    const old = await db
      .insertInto("workspaces")
      .values({ slug: "old", name: "Old", created_at: "2026-12-06T00:00:00Z" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("evidence")
      .values({
        workspace_id: old.id,
        id: "o1",
        kind: "observation",
        text: "t",
        source: "s",
        date: null,
        themes: '["formation","culture"]',
        partnership_id: null,
        organisation_id: null,
      })
      .execute();
    await up(db);
    expect((await store.codebookAll(s.db, old.id)).length).toBe(34);
    expect((await store.evidenceGet(s.db, old.id, "o1"))?.codes).toEqual(["culture", "formation"]);
  });
});
