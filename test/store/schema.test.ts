import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  importBatchCreate,
  importBatchItemsAdd,
  provenanceInsert,
  type Store,
  workspaceCreate,
  workspaceDelete,
} from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

interface ForeignKey {
  table: string;
  columns: string[];
}

/** Every foreign key's child columns and every index's leading columns, read from the catalogue. */
async function catalogueOf(store: Store): Promise<{ keys: ForeignKey[]; indexes: string[][] }> {
  const db = store.db;
  if (store.adapter.name === "sqlite") {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
    const keys: ForeignKey[] = [];
    const indexes: string[][] = [];
    for (const { name } of tables.rows) {
      const fks = await sql<{ id: number; from: string; seq: number }>`
        select id, "from", seq from pragma_foreign_key_list(${name}) order by id, seq`.execute(db);
      const byId = new Map<number, string[]>();
      for (const f of fks.rows) byId.set(f.id, [...(byId.get(f.id) ?? []), f.from]);
      for (const columns of byId.values()) keys.push({ table: name, columns });
      const list = await sql<{ name: string }>`
        select name from pragma_index_list(${name})`.execute(db);
      for (const index of list.rows) {
        const info = await sql<{ name: string }>`
          select name from pragma_index_info(${index.name}) order by seqno`.execute(db);
        indexes.push([name, ...info.rows.map((c) => c.name)]);
      }
    }
    return { keys, indexes };
  }
  const fks = await sql<{ table: string; columns: string[] }>`
    select c.conrelid::regclass::text as table,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns
    from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`.execute(
    db,
  );
  const idx = await sql<{ columns: string[] }>`
    select array[i.indrelid::regclass::text] || array(
      select a.attname::text from unnest(i.indkey) with ordinality k(n, o)
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n order by k.o) as columns
    from pg_index i join pg_class t on t.oid = i.indrelid
    where t.relnamespace = 'public'::regnamespace`.execute(db);
  return { keys: fks.rows, indexes: idx.rows.map((r) => r.columns) };
}

describe.each(STORE_FACTORIES)("schema on $name", (factory) => {
  let store: Store;
  beforeAll(async () => {
    store = await factory.open();
  });
  afterAll(() => store.close());

  it("indexes the columns of every foreign key, so deleting a parent never reads every child", async () => {
    const { keys, indexes } = await catalogueOf(store);
    expect(keys.length).toBeGreaterThan(20);
    const covered = (k: ForeignKey) =>
      indexes.some(
        ([table, ...columns]) => table === k.table && k.columns.every((c, i) => columns[i] === c),
      );
    const missing = keys.filter((k) => !covered(k)).map((k) => `${k.table}(${k.columns})`);
    expect(missing).toEqual([]);
  });

  it("ties a batch's items and provenance to the batch: refused without it, deleted with it", async () => {
    const db = store.db;
    const ws = await workspaceCreate(db, { slug: "logs", name: "Logs" }, "2026-11-29T00:00:00Z");
    const header = {
      kind: "csv",
      sourceFile: "x.csv",
      createdAt: "2026-11-29T00:00:00Z",
      counts: {},
    };
    const item = {
      collection: "organisations",
      entityId: "GB-CHC-1",
      action: "created" as const,
      before: null,
      after: "h",
    };
    const provenance = (batchId: string) => ({
      collection: "organisations",
      entityId: "GB-CHC-1",
      batchId,
      sourceFile: "x.csv",
      publisher: null,
      sourceId: "row 2",
      data: {},
    });
    const refused = (write: Promise<unknown>) =>
      expect(write.catch((e) => store.adapter.constraintOf(e))).resolves.toBe("foreign_key");
    await refused(importBatchItemsAdd(db, store.adapter, ws.id, "no-such-batch", [item]));
    await refused(provenanceInsert(db, store.adapter, ws.id, [provenance("no-such-batch")]));
    // A batch of another workspace does not do either.
    const other = await workspaceCreate(db, { slug: "other", name: "O" }, "2026-11-29T00:00:00Z");
    await importBatchCreate(db, store.adapter, other.id, { ...header, id: "b-other" }, []);
    await refused(importBatchItemsAdd(db, store.adapter, ws.id, "b-other", [item]));

    const rows = async (table: "import_batch_items" | "provenance") =>
      (await db.selectFrom(table).select("batch_id").where("workspace_id", "=", ws.id).execute())
        .length;
    for (const id of ["b-1", "b-2"]) {
      await importBatchCreate(db, store.adapter, ws.id, { ...header, id }, [item]);
      await provenanceInsert(db, store.adapter, ws.id, [provenance(id)]);
    }
    expect([await rows("import_batch_items"), await rows("provenance")]).toEqual([2, 2]);
    // A batch's key cannot move away from its rows.
    const moved = db.updateTable("import_batches").set({ id: "b-9" }).where("id", "=", "b-1");
    await refused(moved.execute());
    await db.deleteFrom("import_batches").where("id", "=", "b-1").execute();
    expect([await rows("import_batch_items"), await rows("provenance")]).toEqual([1, 1]);
    await workspaceDelete(db, ws.id);
    expect([await rows("import_batch_items"), await rows("provenance")]).toEqual([0, 0]);
  });
});

describe.each(STORE_FACTORIES.filter((f) => f.name === "postgres"))(
  "planner statistics on $name",
  (factory) => {
    let store: Store;
    beforeAll(async () => {
      store = await factory.open();
    });
    afterAll(() => store.close());

    it("are refreshed as an import fills a table, so foreign-key checks are planned for its size", async () => {
      const { contextOf } = await import("../../src/services/index.ts");
      const { standardImport } = await import("./interop-services.ts");
      const { writeGivingPackage } = await import("../factories/interop-data.ts");
      const { tempFileWith } = await import("./interop-services.ts");
      const file = tempFileWith("statistics-5000.json", "");
      await writeGivingPackage(file, 5_000);
      const reltuples = async () =>
        Number(
          (
            await sql<{
              n: number;
            }>`select reltuples as n from pg_class where relname = 'contracts'`.execute(store.db)
          ).rows[0]!.n,
        );
      // A new table has never been analysed (-1); the import analyses it from its 1,000th row.
      expect(await reltuples()).toBeLessThan(1);
      await standardImport(contextOf(store), "stats", "360giving", file);
      expect(await reltuples()).toBeGreaterThanOrEqual(1_000);
    });
  },
);
